import { type SpecError, validateSpec } from '../../../packages/spec/src/index.ts';

/** Each error of validating `input`: code, path, dataset, dataPath, and both locales' message and hint. */
export function described(input: unknown, datasets?: Record<string, unknown>) {
  const zh = validateSpec(input, { locale: 'zh-CN', datasets }).errors;
  const en = validateSpec(input, { locale: 'en', datasets }).errors;
  return zh.map((error: SpecError, i) => ({
    code: error.code, path: error.path, dataset: error.dataset, dataPath: error.dataPath,
    zh: [error.message, error.hint], en: [en[i].message, en[i].hint],
  }));
}
