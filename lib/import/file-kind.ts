/** What an imported file is taken to be, decided by its name's extension (MIME types vary by system). */
export type FileKind = 'text' | 'markdown' | 'html' | 'export';

const KIND_BY_EXTENSION: Record<string, FileKind> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'export',
};

export const ACCEPTED_EXTENSIONS = Object.keys(KIND_BY_EXTENSION).map((extension) => `.${extension}`);

export function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/u.exec(fileName);
  return match ? match[1]!.toLowerCase() : '';
}

export function fileKindOf(fileName: string): FileKind | null {
  return KIND_BY_EXTENSION[extensionOf(fileName)] ?? null;
}
