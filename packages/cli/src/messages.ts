/** Every line the `tongxin` CLI prints besides spec errors (those are in @tongxin/spec's messages). */
import type { Localized } from '@tongxin/spec';

const q = (value: unknown): string => JSON.stringify(value);

export const cliMessages = {
  usage: (): Localized => ({
    'zh-CN': '用法：tongxin validate [--locale zh-CN|en] 文件…\n      tongxin render 规范 [--view 视图ID] [--width 宽] [--height 高] [--out 文件.svg] [--theme portal|bigscreen] [--locale zh-CN|en]\n例如：pnpm exec tongxin validate data/*/*.json',
    en: 'Usage: tongxin validate [--locale zh-CN|en] FILE…\n       tongxin render SPEC [--view ID] [--width W] [--height H] [--out FILE.svg] [--theme portal|bigscreen] [--locale zh-CN|en]\nFor example: pnpm exec tongxin validate data/*/*.json',
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

  // tongxin render
  renderUsage: (): Localized => ({
    'zh-CN': '用法：tongxin render 规范 [--view 视图ID] [--width 宽] [--height 高] [--out 文件.svg] [--theme portal|bigscreen] [--locale zh-CN|en]\n例如：pnpm exec tongxin render data/wuxuan/funds.json --width 800 --height 500 --out funds.svg',
    en: 'Usage: tongxin render SPEC [--view ID] [--width W] [--height H] [--out FILE.svg] [--theme portal|bigscreen] [--locale zh-CN|en]\nFor example: pnpm exec tongxin render data/wuxuan/funds.json --width 800 --height 500 --out funds.svg',
  }),
  renderOneSpec: (): Localized => ({ 'zh-CN': 'render 一次只画一个规范文件。', en: 'render draws one spec file at a time.' }),
  missingValue: (p: { option: string }): Localized => ({
    'zh-CN': `选项 ${q(p.option)} 缺少取值。`,
    en: `Option ${q(p.option)} needs a value.`,
  }),
  badSize: (p: { option: string; value: string }): Localized => ({
    'zh-CN': `${p.option} 应为 100 到 20000 之间的整数（像素），而不是 ${q(p.value)}。`,
    en: `${p.option} must be a whole number of pixels from 100 to 20000, not ${q(p.value)}.`,
  }),
  unknownTheme: (p: { theme: string }): Localized => ({
    'zh-CN': `不支持的主题 ${q(p.theme)}，可用 portal、bigscreen。`,
    en: `Unsupported theme ${q(p.theme)}; use portal or bigscreen.`,
  }),
  cannotWrite: (p: { file: string; reason: string }): Localized => ({
    'zh-CN': `${p.file}：无法写入（${p.reason}）。`,
    en: `${p.file}: cannot be written (${p.reason}).`,
  }),
  rendered: (p: { file: string; view: string; width: number; height: number }): Localized => ({
    'zh-CN': `已写入 ${p.file}（视图 ${p.view}，${p.width}×${p.height}）。`,
    en: `Wrote ${p.file} (view ${p.view}, ${p.width}×${p.height}).`,
  }),
};
