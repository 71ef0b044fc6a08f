/**
 * The card follows the page: a dark page background gives a dark card. A page that paints no background of its
 * own shows the browser's canvas, which follows the system's colour scheme.
 */
export function pageTheme(): 'light' | 'dark' {
  for (const element of [document.body, document.documentElement]) {
    if (!element) continue;
    const rgb = parseColor(getComputedStyle(element).backgroundColor);
    if (rgb && rgb.alpha > 0.5) return luminance(rgb) < 0.4 ? 'dark' : 'light';
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  if (scheme.includes('dark') && !scheme.includes('light')) return 'dark';
  return matchMedia('(prefers-color-scheme: dark)').matches && scheme.includes('dark') ? 'dark' : 'light';
}

function parseColor(color: string): { red: number; green: number; blue: number; alpha: number } | null {
  const parts = color.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3) return null;
  return { red: parts[0]!, green: parts[1]!, blue: parts[2]!, alpha: parts[3] ?? 1 };
}

function luminance({ red, green, blue }: { red: number; green: number; blue: number }): number {
  return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255;
}
