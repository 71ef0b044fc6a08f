import type { ImportProblem } from '@/lib/import/read-file';
import type { StoreProblem } from '@/utils/user-store/errors';
import { t } from '@/utils/i18n';

export function megabytes(bytes: number): string {
  return String(Math.round(bytes / (1024 * 1024)));
}

/** What the user reads when a file is refused: what is wrong, and what to do. */
export function problemMessage(problem: ImportProblem): string {
  switch (problem.code) {
    case 'unsupportedType':
      return t('importProblemUnsupportedType', problem.extension || '—');
    case 'tooLarge':
      return t('importProblemTooLarge', megabytes(problem.limitBytes));
    case 'empty':
      return t('importProblemEmpty');
    case 'binary':
      return t('importProblemBinary');
    case 'truncated':
      return t('importProblemTruncated');
    case 'undecodable':
      return t('importProblemUndecodable', problem.encoding);
    case 'noText':
      return t('importProblemNoText');
    case 'malformedJson':
      return t('importProblemMalformedJson', problem.detail);
    case 'notAnExport':
      return t('importProblemNotAnExport');
    case 'newerVersion':
      return t('importProblemNewerVersion', String(problem.version));
    case 'invalidExport':
      return t('importProblemInvalidExport', problem.errors.join('; '));
    case 'duplicate':
      return t('importProblemDuplicate', problem.ofTitle ?? '—');
  }
}

export function storeProblemMessage(problem: StoreProblem): string {
  switch (problem) {
    case 'quota':
      return t('storeProblemQuota');
    case 'duplicate':
      return t('storeProblemDuplicate');
    case 'privateWindow':
      return t('storeProblemPrivateWindow');
    case 'notFound':
      return t('storeProblemNotFound');
    case 'failed':
      return t('storeProblemFailed');
  }
}
