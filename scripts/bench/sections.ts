import { coldStartSection } from './cold-start';
import { importSection } from './import';
import { pageSection } from './page';
import { recogniserSection } from './recogniser';
import { searchSection } from './search';

/** A benchmark section prints its own report and returns its figures for `--json`. */
export interface BenchSection {
  name: string;
  run(): Promise<Record<string, unknown>>;
}

// Sections register here, in the order they run.
export const sections: BenchSection[] = [recogniserSection, searchSection, pageSection, coldStartSection, importSection];
