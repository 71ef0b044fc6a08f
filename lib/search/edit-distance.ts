/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps: «اميركا» ~ «امريكا»),
 * giving up as soon as it must exceed `max`; returns `max + 1` then. Bounded so a vocabulary scan stays cheap.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  let previousRow = new Array<number>(width);
  let row = new Array<number>(width);
  let twoRowsBack = new Array<number>(width);
  for (let j = 0; j < width; j += 1) row[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    [twoRowsBack, previousRow, row] = [previousRow, row, twoRowsBack];
    row[0] = i;
    let rowMinimum = i;
    for (let j = 1; j < width; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previousRow[j]! + 1, row[j - 1]! + 1, previousRow[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, twoRowsBack[j - 2]! + 1);
      row[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > max) return max + 1;
  }
  return Math.min(row[b.length]!, max + 1);
}
