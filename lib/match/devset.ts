/**
 * The labelled development set (tests/data/devset.tsv): one sentence per row, the mentions a reader expects
 * (`surface→entity id`, separated by ` | `, `-` for none) and the rule or trap the row exercises.
 */
export interface DevRow {
  line: number;
  sentence: string;
  expected: { text: string; id: string }[];
  rule: string;
}

export function parseDevset(tsv: string): DevRow[] {
  const rows: DevRow[] = [];
  tsv.split('\n').forEach((raw, index) => {
    if (index === 0 || raw.trim() === '') return;
    const [sentence, expected, rule] = raw.split('\t');
    if (sentence === undefined || expected === undefined || rule === undefined) throw new Error(`devset line ${index + 1}: needs three columns`);
    rows.push({
      line: index + 1,
      sentence,
      expected:
        expected.trim() === '-'
          ? []
          : expected.split(' | ').map((pair) => {
              const [text, id] = pair.split('→');
              if (!text || !id) throw new Error(`devset line ${index + 1}: "${pair}" is not surface→id`);
              return { text: text.trim(), id: id.trim() };
            }),
      rule,
    });
  });
  return rows;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Micro-averaged precision and recall: a found mention counts when its text and entity both match. */
export function score(pairs: readonly { expected: readonly { text: string; id: string }[]; found: readonly { text: string; id: string }[] }[]): Score {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const { expected, found } of pairs) {
    const open = expected.map((mention) => `${mention.text}→${mention.id}`);
    for (const mention of found) {
      const at = open.indexOf(`${mention.text}→${mention.id}`);
      if (at === -1) falsePositives++;
      else {
        truePositives++;
        open.splice(at, 1);
      }
    }
    falseNegatives += open.length;
  }
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}
