/** Every line the `tongxin` CLI prints besides spec errors (those are in @tongxin/spec's messages). */
import type { Localized } from '@tongxin/spec';

const q = (value: unknown): string => JSON.stringify(value);

export const cliMessages = {
  usage: (): Localized => ({
    'zh-CN': '用法：tongxin validate [--locale zh-CN|en] 文件…\n例如：pnpm exec tongxin validate data/*/*.json',
    en: 'Usage: tongxin validate [--locale zh-CN|en] FILE…\nFor example: pnpm exec tongxin validate data/*/*.json',
  }),
  unknownCommand: (p: { command: string }): Localized => ({
    'zh-CN': `未知命令 ${q(p.command)}。`,
    en: `Unknown command ${q(p.command)}.`,
  }),
  unknownOption: (p: { option: string }): Localized => ({
    'zh-CN': `未知选项 ${q(p.option)}。`,
    en: `Unknown option ${q(p.option)}.`,
  }),
  unknownLocale: (p: { locale: string }): Localized => ({
    'zh-CN': `不支持的语言 ${q(p.locale)}，可用 zh-CN、en。`,
    en: `Unsupported locale ${q(p.locale)}; use zh-CN or en.`,
  }),
  noFiles: (): Localized => ({ 'zh-CN': '没有给出要检查的文件。', en: 'No files given.' }),
  unusedData: (p: { file: string }): Localized => ({
    'zh-CN': `${p.file}：数据文件（数组或 GeoJSON/TopoJSON），所给规范都未使用，不作为规范检查。`,
    en: `${p.file}: a data file (an array or GeoJSON/TopoJSON) that none of the specs given uses; not checked as a spec.`,
  }),
  hint: (): Localized => ({ 'zh-CN': '提示', en: 'hint' }),
  /** Printed in place of the pointer `''`. */
  root: (): Localized => ({ 'zh-CN': '（根）', en: '(root)' }),
  summary: (p: { specs: number; data: number; invalid: number; errors: number }): Localized => ({
    'zh-CN': `检查了 ${p.specs} 个规范${p.data > 0 ? `（及其 ${p.data} 个数据文件）` : ''}：${p.invalid} 个有错误，共 ${p.errors} 个错误。`,
    en: `Checked ${p.specs} ${p.specs === 1 ? 'spec' : 'specs'}${p.data > 0 ? ` (and ${p.data} data ${p.data === 1 ? 'file' : 'files'})` : ''}: ${p.invalid} invalid, ${p.errors} ${p.errors === 1 ? 'error' : 'errors'}.`,
  }),
};
