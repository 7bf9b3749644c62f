import type { SpecError } from './errors.ts';
import { formatLabels, messageText, withOriginText, type MessageParams, type SpecErrorCode } from './messages.ts';
import type { Locale } from './types.ts';

/**
 * Errors as text, one per line: `path  message` and an indented hint. Errors that carry their
 * params are worded again in `locale`; others keep the wording they were made with.
 */
export function formatErrors(errors: readonly SpecError[], locale: Locale = 'zh-CN'): string {
  return errors
    .map((error) => {
      const text = error.params !== undefined
        ? withOriginText(messageText(error.code, error.params as MessageParams<SpecErrorCode>, locale), error.origin, locale)
        : { message: error.message, hint: error.hint };
      const where = error.dataPath !== undefined ? `${error.path} (${error.dataset}${error.dataPath})` : error.path || formatLabels.root()[locale];
      const hint = text.hint ? `\n    ${formatLabels.hint()[locale]}: ${text.hint}` : '';
      return `${where}  ${text.message}  [${error.code}]${hint}`;
    })
    .join('\n');
}

