/** Every line the `tongxin` CLI prints besides spec errors (those are in @tongxin/spec's messages). */
import type { Localized } from '@tongxin/spec';

const q = (value: unknown): string => JSON.stringify(value);

export const cliMessages = {
  usage: (): Localized => ({
    'zh-CN': `用法：tongxin validate [--locale zh-CN|en] [读取选项] 文件…
      tongxin render 规范 [--view 视图ID] [--width 宽] [--height 高] [--out 文件.svg] [--theme portal|bigscreen] [--locale zh-CN|en] [读取选项]
      tongxin import 表格文件 --kind fund|station|activity|kpi [--sheet 工作表] [--fields 映射] [--out 输出.json] [--check]（详见 tongxin import --help）
读取选项（规范视为不可信）：
  --root 目录            数据文件只从此目录树读取（默认：render 为规范所在目录，validate 为包含工作目录和各规范的最小目录）
  --allow-origin 地址    允许从该来源（协议、主机、端口）获取数据，可重复（默认：不联网；validate 跳过这类数据集并提示，render 拒绝）
  --timeout 毫秒         每次读取的时限（默认 10000）
  --max-bytes 字节数     每次读取的大小上限（默认 20000000）
退出码：0 成功；1 规范无效、读取被拒绝或失败、无法写入；2 用法错误。
例如：pnpm exec tongxin validate data/*/*.json`,
    en: `Usage: tongxin validate [--locale zh-CN|en] [read options] FILE…
       tongxin render SPEC [--view ID] [--width W] [--height H] [--out FILE.svg] [--theme portal|bigscreen] [--locale zh-CN|en] [read options]
       tongxin import FILE --kind fund|station|activity|kpi [--sheet S] [--fields MAP] [--out F.json] [--check] (see tongxin import --help)
Read options (a spec is untrusted):
  --root DIR             read data files only from this directory tree (default: render, the spec's directory;
                         validate, the smallest directory holding the working directory and every spec)
  --allow-origin URL     fetch data from this origin (scheme, host, port); repeatable (default: no network;
                         validate skips such datasets with a note, render refuses them)
  --timeout MS           time limit of every read (default 10000)
  --max-bytes N          size cap of every read (default 20000000)
Exit codes: 0 done; 1 invalid spec, a read refused or failed, cannot write; 2 bad usage.
For example: pnpm exec tongxin validate data/*/*.json`,
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
    'zh-CN': '用法：tongxin render 规范 [--view 视图ID] [--width 宽] [--height 高] [--out 文件.svg] [--theme portal|bigscreen] [--locale zh-CN|en] [--root 目录] [--allow-origin 地址]… [--timeout 毫秒] [--max-bytes 字节数]\n退出码：0 已写出；1 规范无效、读取被拒绝或失败、无法写入；2 用法错误。\n例如：pnpm exec tongxin render data/wuxuan/funds.json --width 800 --height 500 --out funds.svg',
    en: 'Usage: tongxin render SPEC [--view ID] [--width W] [--height H] [--out FILE.svg] [--theme portal|bigscreen] [--locale zh-CN|en] [--root DIR] [--allow-origin URL]… [--timeout MS] [--max-bytes N]\nExit codes: 0 written; 1 invalid spec, a read refused or failed, cannot write; 2 bad usage.\nFor example: pnpm exec tongxin render data/wuxuan/funds.json --width 800 --height 500 --out funds.svg',
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
  badOrigin: (p: { value: string }): Localized => ({
    'zh-CN': `“--allow-origin” 的值应为网站的来源，如 “https://data.example.gov.cn”，而不是 ${q(p.value)}。`,
    en: `--allow-origin must be an http(s) URL such as https://data.example.gov.cn, not ${q(p.value)}.`,
  }),
  badLimit: (p: { option: string; value: string }): Localized => ({
    'zh-CN': `${p.option} 应为正整数，而不是 ${q(p.value)}。`,
    en: `${p.option} must be a positive whole number, not ${q(p.value)}.`,
  }),
  /** validate: a dataset on an origin not allowed is not fetched (a portal spec checked offline). */
  skippedRemote: (p: { file: string; dataset: string; url: string }): Localized => ({
    'zh-CN': `${p.file}：数据集 ${q(p.dataset)}（${p.url}）的来源未被允许，未获取；其记录和视图未检查（可用 “--allow-origin” 允许）。`,
    en: `${p.file}: dataset ${q(p.dataset)} (${p.url}) is on an origin not allowed and was not fetched; its records and the views were not checked (allow it with --allow-origin).`,
  }),
  cannotWrite: (p: { file: string; reason: string }): Localized => ({
    'zh-CN': `${p.file}：无法写入（${p.reason}）。`,
    en: `${p.file}: cannot be written (${p.reason}).`,
  }),
  importUsage: (): Localized => ({
    'zh-CN': `用法：tongxin import 文件 --kind fund|station|activity|kpi [--sheet 工作表] [--fields 映射] [--property 路径] [--transform 文件|JSON] [--regions 区划.geo.json] [--out 输出.json] [--check] [--locale zh-CN|en]
  文件                   .xlsx、.csv、.tsv，或接口返回的 .json
  --kind                 记录类型：fund（资金）、station（站点）、activity（活动）、kpi（指标）
  --fields 映射          视图字段=表头，逗号分隔，例如 township=乡镇,amount=金额（元）；或一个 JSON 对象
  --transform 文件|JSON  在 fields 之后依次执行的 transform 数组（与数据集的 "transform" 相同，按同一 schema 检查），
                         写成 JSON，或给出存放它的 .json 文件
  --regions 文件         乡镇区划（GeoJSON/TopoJSON），把乡镇名称换成代码
  --check                只检查，不输出
退出码：0 已写出（或检查通过）；1 有问题；2 用法错误。
例如：pnpm exec tongxin import examples/spreadsheets/funds.xlsx --kind fund --fields campaign=项目,amount=金额,township=乡镇 --regions data/wuxuan/townships.geo.json --out funds.json`,
    en: `Usage: tongxin import FILE --kind fund|station|activity|kpi [--sheet S] [--fields MAP] [--property P] [--transform FILE|JSON] [--regions R.geo.json] [--out F.json] [--check] [--locale zh-CN|en]
  FILE                   .xlsx, .csv, .tsv, or a portal's .json response
  --kind                 record kind: fund, station, activity, kpi
  --fields MAP           view field=column, comma-separated, e.g. township=乡镇,amount=金额（元）; or a JSON object
  --transform FILE|JSON  the transforms applied in order after fields (a dataset's "transform" array, checked by
                         the same schema), written as JSON or in a .json file
  --regions FILE         township regions (GeoJSON/TopoJSON), to turn township names into codes
  --check                check only, write nothing
Exit codes: 0 written (or checked); 1 problems; 2 bad usage.
For example: pnpm exec tongxin import examples/spreadsheets/funds.xlsx --kind fund --fields campaign=项目,amount=金额,township=乡镇 --regions data/wuxuan/townships.geo.json --out funds.json`,
  }),
  importKind: (p: { kind?: string }): Localized => ({
    'zh-CN': p.kind === undefined ? '缺少 --kind：fund、station、activity 或 kpi。' : `不认识的记录类型 ${q(p.kind)}：可用 fund、station、activity、kpi。`,
    en: p.kind === undefined ? 'Missing --kind: fund, station, activity or kpi.' : `Unknown record kind ${q(p.kind)}: use fund, station, activity or kpi.`,
  }),
  importBadTransform: (p: { file?: string; line: number; column: number; detail: string }): Localized => ({
    'zh-CN': `--transform ${p.file !== undefined ? `${p.file} ` : ''}第 ${p.line} 行第 ${p.column} 列不是有效的 JSON：${p.detail}。应为一个 transform 数组，与数据集的 "transform" 相同。`,
    en: `--transform ${p.file !== undefined ? `${p.file} ` : ''}is not valid JSON at line ${p.line}, column ${p.column}: ${p.detail}. Give a transform array, as a dataset's "transform".`,
  }),
  importBadFields: (p: { value: string }): Localized => ({
    'zh-CN': `--fields ${q(p.value)} 无法读取：写成 视图字段=表头,… 或一个 JSON 对象。`,
    en: `Cannot read --fields ${q(p.value)}: write field=column,… or a JSON object.`,
  }),
  cannotRead: (p: { file: string; reason: string }): Localized => ({
    'zh-CN': `读不到 ${p.file}（${p.reason}）。`,
    en: `Cannot read ${p.file} (${p.reason}).`,
  }),
  importSummary: (p: { file: string; records: number; errors: number }): Localized => ({
    'zh-CN': p.errors ? `${p.file}：${p.errors} 个问题，未写出。` : `${p.file}：读出 ${p.records} 条记录，没有问题。`,
    en: p.errors ? `${p.file}: ${p.errors} ${p.errors === 1 ? 'problem' : 'problems'}; nothing written.` : `${p.file}: ${p.records} records read, no problems.`,
  }),
  importKept: (p: { columns: string[] }): Localized => ({
    'zh-CN': `这些列没有对应的字段，放进了每条记录的 meta（保留，不读取）：${p.columns.map((c) => q(c)).join('、')}。`,
    en: `Columns no field reads went into each record's meta (kept, not read): ${p.columns.map((c) => q(c)).join(', ')}.`,
  }),
  importWrote: (p: { file: string; records: number }): Localized => ({
    'zh-CN': `已写入 ${p.file}（${p.records} 条记录）。`,
    en: `Wrote ${p.file} (${p.records} records).`,
  }),
  rendered: (p: { file: string; view: string; width: number; height: number }): Localized => ({
    'zh-CN': `已写入 ${p.file}（视图 ${p.view}，${p.width}×${p.height}）。`,
    en: `Wrote ${p.file} (view ${p.view}, ${p.width}×${p.height}).`,
  }),
};
