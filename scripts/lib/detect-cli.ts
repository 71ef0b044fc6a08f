/**
 * The logic of `npm run -s detect`: arguments, input checks and output formats, kept apart from process I/O so
 * tests can drive it.
 */
import type { Entity, EntityType } from '../../lib/catalogue/types';
import { findMentions, type Matcher, type MatchRule } from '../../lib/match';

export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
export const USAGE = 'Usage: npm run -s detect -- [--format json|text] [FILE]   (reads standard input without FILE)';

export type Format = 'json' | 'text';

export interface DetectArguments {
  file: string | null;
  format: Format;
}

/** The parsed arguments, or a one-line complaint. */
export function parseDetectArguments(args: readonly string[]): DetectArguments | string {
  let format: Format = 'json';
  const files: string[] = [];
  for (let position = 0; position < args.length; position++) {
    const arg = args[position]!;
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[++position] : arg.slice('--format='.length);
      if (value !== 'json' && value !== 'text') return `--format takes json or text, got ${value ?? 'nothing'}`;
      format = value;
    } else if (arg === '-') {
      files.push(arg);
    } else if (arg.startsWith('-')) {
      return `unknown option ${arg}`;
    } else {
      files.push(arg);
    }
  }
  if (files.length > 1) return `expected at most one FILE, got ${files.length}`;
  return { file: files[0] === undefined || files[0] === '-' ? null : files[0], format };
}

/** Decodes input bytes as UTF-8 text, or says in one line why it cannot. */
export function decodeInput(bytes: Uint8Array): string | { error: string } {
  if (bytes.length > MAX_INPUT_BYTES) return { error: `input is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is 64 MB` };
  if (bytes.includes(0)) return { error: 'input looks binary (it contains NUL bytes); expected UTF-8 text' };
  try {
    // Keep a byte-order mark: offsets count the input's own code units.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { error: 'input is not valid UTF-8' };
  }
}

export interface DetectedMention {
  start: number;
  end: number;
  text: string;
  id: string;
  nameAr: string;
  nameEn: string;
  type: EntityType;
  match: MatchRule[];
}

export function detect(matcher: Matcher, entities: readonly Entity[], text: string): DetectedMention[] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  return findMentions(matcher, text).map((mention) => {
    const entity = byId.get(mention.id)!;
    return { start: mention.start, end: mention.end, text: mention.text, id: mention.id, nameAr: entity.nameAr, nameEn: entity.nameEn, type: entity.type, match: mention.match };
  });
}

/**
 * A human-readable view: the text with every mention bracketed and numbered (in reverse video on a terminal),
 * then one line per mention.
 */
export function formatText(text: string, mentions: readonly DetectedMention[], colour: boolean): string {
  const open = colour ? '\u001b[7m' : '⟦';
  const close = colour ? '\u001b[27m' : '⟧';
  let view = '';
  let position = 0;
  mentions.forEach((mention, index) => {
    view += text.slice(position, mention.start) + open + mention.text + close + `${index + 1}`.replace(/\d/gu, (digit) => '₀₁₂₃₄₅₆₇₈₉'[Number(digit)]!);
    position = mention.end;
  });
  view += text.slice(position);
  const lines = mentions.map(
    (mention, index) =>
      `${String(index + 1).padStart(3)}. ${mention.start}-${mention.end}  ${mention.text}  →  ${mention.nameEn} (${mention.nameAr}) [${mention.id}, ${mention.type}]  ${mention.match.join('+')}`,
  );
  return `${view.trimEnd()}\n\n${mentions.length} mention${mentions.length === 1 ? '' : 's'}\n${lines.join('\n')}\n`;
}

export interface DetectIo {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  /** The size of a file, to refuse one over the limit before reading it. */
  fileSize(path: string): Promise<number>;
  stdout(text: string): void;
  stderr(text: string): void;
  colour: boolean;
}

/** Runs the command; returns the exit code. Every failure is one line on stderr, never a stack trace. */
export async function runDetect(args: readonly string[], io: DetectIo, load: () => { matcher: Matcher; entities: readonly Entity[] }): Promise<number> {
  const parsed = parseDetectArguments(args);
  if (typeof parsed === 'string') {
    io.stderr(`detect: ${parsed}. ${USAGE}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    if (parsed.file !== null && (await io.fileSize(parsed.file)) > MAX_INPUT_BYTES) {
      io.stderr(`detect: ${parsed.file} is over the 64 MB limit\n`);
      return 1;
    }
    bytes = parsed.file === null ? await io.readStdin() : await io.readFile(parsed.file);
  } catch (error) {
    io.stderr(`detect: cannot read ${parsed.file ?? 'standard input'}: ${describeReadError(error)}\n`);
    return 1;
  }
  const text = decodeInput(bytes);
  if (typeof text !== 'string') {
    io.stderr(`detect: ${parsed.file ?? 'standard input'}: ${text.error}\n`);
    return 1;
  }
  const { matcher, entities } = load();
  const mentions = detect(matcher, entities, text);
  io.stdout(parsed.format === 'json' ? `${JSON.stringify(mentions)}\n` : formatText(text, mentions, io.colour));
  return 0;
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'TOO_LARGE') return 'over the 64 MB limit';
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
