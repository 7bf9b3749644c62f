/**
 * Every message the spec area shows, in zh-CN and en — one function per error code
 * (Vega-Lite style). The code is the key: it is stable, the text may improve.
 *
 * A message says what is wrong at the path; the hint says what to do. Values from the
 * spec are quoted so that an empty or odd string is still visible.
 */
import type { Locale } from './types.ts';
import { rowPlace, type CellAt, type RecordOrigin, type RowAt } from './record-origin.ts';

export { originRef, type CellAt, type RecordOrigin, type RowAt } from './record-origin.ts';

export interface Localized {
  'zh-CN': string;
  en: string;
}

export interface MessageText {
  message: Localized;
  hint?: Localized;
}

const q = (value: unknown): string => JSON.stringify(value) ?? String(value);
const list = (values: readonly unknown[]): string => values.map(q).join(', ');
const listZh = (values: readonly unknown[]): string => values.map(q).join('、');

/** zh and en hint for a list of allowed names, with a "did you mean" when one is close. */
function choose(known: readonly string[], suggestion: string | undefined, what: Localized): Localized | undefined {
  if (suggestion !== undefined) {
    return { 'zh-CN': `是不是 ${q(suggestion)}？`, en: `Did you mean ${q(suggestion)}?` };
  }
  if (known.length === 0) return { 'zh-CN': `规范里还没有${what['zh-CN']}。`, en: `The spec defines no ${what.en} yet.` };
  return { 'zh-CN': `可用的${what['zh-CN']}：${listZh(known)}。`, en: `Known ${what.en}: ${list(known)}.` };
}

/** What a cell was read as. */
export type CellExpectation = 'number' | 'amount' | 'count' | 'percent' | 'date' | 'text';

/** The three ways a cell is named, told apart without `in` (the validator reads own properties only). */
function cellPlace(at: CellAt): { pointer: string } | { ref: string; sheet: string } | { line: number; column: number } {
  const a = at as { pointer?: string; ref?: string; sheet?: string; line?: number; column?: number };
  if (a.pointer !== undefined) return { pointer: a.pointer };
  if (a.ref !== undefined) return { ref: a.ref, sheet: a.sheet ?? '' };
  return { line: a.line ?? 0, column: a.column ?? 0 };
}
const headerOf = (at: CellAt): string => (at as { header?: string }).header ?? '';
const cellZh = (at: CellAt): string => {
  const place = cellPlace(at);
  if ('pointer' === Object.keys(place)[0]) return `${q(at.file)} ${(place as { pointer: string }).pointer}`;
  if ('ref' === Object.keys(place)[0]) return `${q(`${at.file}!${(place as { sheet: string }).sheet}!${(place as { ref: string }).ref}`)}（${q(headerOf(at))}列）`;
  const { line, column } = place as { line: number; column: number };
  return `${q(at.file)} 第 ${line} 行第 ${column} 列（${q(headerOf(at))}）`;
};
const cellEn = (at: CellAt): string => {
  const place = cellPlace(at);
  if ('pointer' === Object.keys(place)[0]) return `${at.file} ${(place as { pointer: string }).pointer}`;
  if ('ref' === Object.keys(place)[0]) return `${at.file}!${(place as { sheet: string }).sheet}!${(place as { ref: string }).ref} (${q(headerOf(at))})`;
  const { line, column } = place as { line: number; column: number };
  return `${at.file} line ${line}, column ${column} (${q(headerOf(at))})`;
};
/** The origin as the start of a message: `funds.csv line 4, column 3 ("金额")`, `in the result of transform … (aggregate)`. */
export function originText(origin: RecordOrigin, locale: Locale): string {
  const en = locale === 'en';
  if (origin.kind === 'cell') return en ? cellEn(origin.at) : cellZh(origin.at);
  if (origin.kind === 'transform') {
    return en ? `In the result of transform ${origin.path} (${origin.transform})` : `变换 ${origin.path}（\`${origin.transform}\`）的结果中`;
  }
  const { file } = origin.at;
  const place = rowPlace(origin.at);
  if (place.by === 'pointer') return en ? `${file} ${place.pointer}` : `${q(file)} ${place.pointer}`;
  if (place.by === 'sheet') return en ? `${file}!${place.sheet} row ${place.row}` : `${q(`${file}!${place.sheet}`)} 第 ${place.row} 行`;
  return en ? `${file} line ${place.line}` : `${q(file)} 第 ${place.line} 行`;
}

/** A message with where its value came from in front: `funds.csv line 4, column 3 ("金额"): Amount -5 cannot be negative.` */
export function withOriginText(text: { message: string; hint?: string }, origin: RecordOrigin | undefined, locale: Locale): { message: string; hint?: string } {
  if (origin === undefined) return text;
  return { ...text, message: `${originText(origin, locale)}${locale === 'en' ? ': ' : '：'}${text.message}` };
}

const expectZh: Record<CellExpectation, string> = { number: '数字', amount: '金额', count: '数量', percent: '百分比', date: '日期', text: '文字' };
const expectEn: Record<CellExpectation, string> = { number: 'a number', amount: 'an amount', count: 'a count', percent: 'a percentage', date: 'a date', text: 'text' };
const qualifierZhWords: Record<string, string> = { over: '多/余', about: '约/近', 'at-least': '以上' };
const qualifierZh = (value: string): string => (Object.hasOwn(qualifierZhWords, value) ? qualifierZhWords[value] : q(value));

/** Names of `jsonType()`'s answers: the JSON types, `nonfinite` (Infinity, NaN) and what JSON cannot hold. */
const jsonTypeZh: Readonly<Record<string, string>> = {
  object: '对象', array: '数组', string: '字符串', number: '数字', integer: '整数', boolean: '布尔值', null: 'null',
  nonfinite: '非有限数（过大的数或 NaN）', function: '函数', undefined: '未定义值', symbol: '符号值', bigint: '大整数', circular: '循环引用',
};
const jsonTypeEn: Readonly<Record<string, string>> = {
  integer: 'an integer', array: 'an array', object: 'an object', null: 'null', nonfinite: 'a non-finite number (too large, or NaN)',
  undefined: 'undefined', circular: 'a circular reference',
};
const typeZh = (type: string): string => (Object.hasOwn(jsonTypeZh, type) ? jsonTypeZh[type] : type);
const typeEn = (type: string): string => (Object.hasOwn(jsonTypeEn, type) ? jsonTypeEn[type] : `a ${type}`);
const typesZh = (types: readonly string[]): string => types.map(typeZh).join('或');
const typesEn = (types: readonly string[]): string => types.map(typeEn).join(' or ');

/** `60000` → `60s`, `300000` → `5m`: a duration as a spec writes it. */
const durationText = (ms: number): string =>
  ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : ms % 60_000 === 0 ? `${ms / 60_000}m` : ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;

const nonFiniteZh = { Infinity: '无穷大', '-Infinity': '负无穷大', NaN: '非数值（NaN）' } as const;

/** A JSON syntax problem (jsonc-parser's error name) in a locale; undefined for names it does not know. */
export function jsonProblemText(problem: string, locale: Locale): string | undefined {
  if (!Object.hasOwn(jsonProblems, problem)) return undefined;
  return jsonProblems[problem][locale === 'en' ? 1 : 0];
}

/** zh-CN and en for jsonc-parser's error names. */
const jsonProblems: Record<string, [string, string]> = {
  InvalidSymbol: ['无效的符号', 'invalid symbol'],
  InvalidNumberFormat: ['数字格式无效', 'invalid number'],
  PropertyNameExpected: ['此处应为属性名（末尾多了逗号？）', 'property name expected (a trailing comma?)'],
  ValueExpected: ['此处应为值（末尾多了逗号？）', 'value expected (a trailing comma?)'],
  ColonExpected: ['此处应为冒号', 'colon expected'],
  CommaExpected: ['此处应为逗号', 'comma expected'],
  CloseBraceExpected: ['缺少右花括号 }', 'closing brace } expected'],
  CloseBracketExpected: ['缺少右方括号 ]', 'closing bracket ] expected'],
  EndOfFileExpected: ['此处应为文件结尾', 'end of file expected'],
  InvalidCommentToken: ['JSON 不允许注释', 'comments are not allowed in JSON'],
  UnexpectedEndOfComment: ['注释未结束', 'unterminated comment'],
  UnexpectedEndOfString: ['字符串未结束', 'unterminated string'],
  UnexpectedEndOfNumber: ['数字未结束', 'unterminated number'],
  InvalidUnicode: ['无效的 Unicode 转义', 'invalid Unicode escape'],
  InvalidEscapeCharacter: ['无效的转义字符', 'invalid escape character'],
  InvalidCharacter: ['无效字符', 'invalid character'],
};

export const messages = {
  // --- documents and versions -------------------------------------------------------------
  'not-an-object': (p: { actual: string }) => ({
    message: { 'zh-CN': `规范必须是 JSON 对象，这里是${typeZh(p.actual)}。`, en: `A spec must be a JSON object, not ${typesEn([p.actual])}.` },
    hint: { 'zh-CN': '以 { "version": 1, "kind": … } 开头。', en: 'Start with { "version": 1, "kind": … }.' },
  }),
  'missing-version': (p: { current: number }) => ({
    message: { 'zh-CN': '规范缺少 version（版本号）。', en: 'The spec has no `version`.' },
    hint: { 'zh-CN': `加上 "version": ${p.current}。`, en: `Add "version": ${p.current}.` },
  }),
  'bad-version': (p: { value: unknown }) => ({
    message: { 'zh-CN': `version 必须是正整数，这里是 ${q(p.value)}。`, en: `\`version\` must be a whole number, not ${q(p.value)}.` },
  }),
  'newer-version': (p: { version: number; current: number }) => ({
    message: {
      'zh-CN': `这份规范是为更新版本的同心（Tongxin）编写的（version ${p.version}），本库只能读取到 version ${p.current}。`,
      en: `This spec was made for a newer Tongxin (version ${p.version}); this library reads up to version ${p.current}.`,
    },
    hint: { 'zh-CN': '请升级 Tongxin。', en: 'Upgrade Tongxin.' },
  }),
  'unknown-version': (p: { version: number; current: number }) => ({
    message: { 'zh-CN': `没有 version ${p.version} 这个规范版本。`, en: `There is no spec version ${p.version}.` },
    hint: { 'zh-CN': `当前版本是 ${p.current}。`, en: `The current version is ${p.current}.` },
  }),

  // --- safety (the pre-pass over the spec and every loaded dataset) ----------------------
  'forbidden-key': (p: { key: string }) => ({
    message: { 'zh-CN': `不允许使用键名 ${q(p.key)}。`, en: `The key ${q(p.key)} is not allowed.` },
    hint: {
      'zh-CN': '"__proto__"、"constructor"、"prototype" 能改写对象的原型，规范和数据里任何位置都不能用作键名；请换一个名字。',
      en: '"__proto__", "constructor" and "prototype" can rewrite JavaScript prototypes and are not allowed as keys anywhere in a spec or its data; rename it.',
    },
  }),
  'non-finite-number': (p: { value: 'Infinity' | '-Infinity' | 'NaN' }) => ({
    message: {
      'zh-CN': p.value === 'NaN'
        ? '这个数不是有限数：读出来是非数值（NaN）。'
        : `这个${p.value === 'Infinity' ? '数' : '负数'}太大，超出了可用范围：读出来是${nonFiniteZh[p.value]}。`,
      en: p.value === 'NaN'
        ? 'This number is not finite: it reads as NaN.'
        : `This ${p.value === 'Infinity' ? 'number' : 'negative number'} is too large to use: it reads as ${p.value}.`,
    },
    hint: {
      'zh-CN': '写一个有限的数，如 3000000；JSON 里超出约 1.8×10³⁰⁸ 的数（如 1e400）会读成无穷大。',
      en: 'Write a finite number such as 3000000; JSON numbers beyond about 1.8e308 (such as 1e400) read as infinity.',
    },
  }),
  'too-deep': (p: { limit: number }) => ({
    message: { 'zh-CN': `嵌套超过 ${p.limit} 层。`, en: `Nested more than ${p.limit} levels deep.` },
    hint: {
      'zh-CN': `规范和数据最多嵌套 ${p.limit} 层（地图边界的坐标也只有十来层）；请把这里压平或删去。`,
      en: `Specs and data nest at most ${p.limit} levels (map boundary coordinates need about ten); flatten or remove this part.`,
    },
  }),
  'not-json-value': (p: { actual: 'function' | 'symbol' | 'bigint' | 'undefined' | 'circular' }) => ({
    message: { 'zh-CN': `这里不是 JSON 值，而是${typeZh(p.actual)}。`, en: `This is not a JSON value but ${typeEn(p.actual)}.` },
    hint: {
      'zh-CN': '规范和数据只能是 JSON：对象、数组、字符串、数字、布尔值和 null。',
      en: 'A spec and its data are JSON only: objects, arrays, strings, numbers, booleans and null.',
    },
  }),

  // --- shape (from the JSON Schema) -----------------------------------------------------
  'missing-property': (p: { property: string }) => ({
    message: { 'zh-CN': `缺少必需的属性 ${q(p.property)}。`, en: `Missing required property ${q(p.property)}.` },
  }),
  'unknown-property': (p: { property: string; known: string[]; suggestion?: string }) => ({
    message: { 'zh-CN': `不认识的属性 ${q(p.property)}。`, en: `Unknown property ${q(p.property)}.` },
    hint: choose(p.known, p.suggestion, { 'zh-CN': '属性', en: 'properties' }),
  }),
  'wrong-type': (p: { expected: string[]; actual: string }) => ({
    message: {
      'zh-CN': `应为${typesZh(p.expected)}，这里是${typeZh(p.actual)}。`,
      en: `Expected ${typesEn(p.expected)}, got ${typesEn([p.actual])}.`,
    },
  }),
  'unknown-kind': (p: { value: unknown; known: string[]; suggestion?: string }) => ({
    message: { 'zh-CN': `不认识的类型 kind ${q(p.value)}。`, en: `Unknown kind ${q(p.value)}.` },
    hint: choose(p.known, p.suggestion, { 'zh-CN': '类型', en: 'kinds' }),
  }),
  'not-allowed-value': (p: { value: unknown; allowed: unknown[]; suggestion?: string }) => ({
    message: { 'zh-CN': `不允许的取值 ${q(p.value)}。`, en: `${q(p.value)} is not an allowed value.` },
    hint: p.suggestion !== undefined
      ? { 'zh-CN': `是不是 ${q(p.suggestion)}？`, en: `Did you mean ${q(p.suggestion)}?` }
      : { 'zh-CN': `可选：${listZh(p.allowed)}。`, en: `Allowed: ${list(p.allowed)}.` },
  }),
  'out-of-range': (p: { value: number; limit: number; comparison: '>=' | '>' | '<=' | '<' }) => {
    const zh = { '>=': '不小于', '>': '大于', '<=': '不大于', '<': '小于' }[p.comparison];
    const en = { '>=': 'at least', '>': 'greater than', '<=': 'at most', '<': 'less than' }[p.comparison];
    return { message: { 'zh-CN': `数值 ${p.value} 应${zh} ${p.limit}。`, en: `${p.value} must be ${en} ${p.limit}.` } };
  },
  'schema-violation': (p: { keyword: string; detail: string }) => ({
    message: { 'zh-CN': `不符合规范（${p.keyword}）：${p.detail}`, en: `Does not fit the schema (${p.keyword}): ${p.detail}` },
  }),

  // --- references and ids ----------------------------------------------------------------
  'unknown-dataset': (p: { id: string; known: string[]; suggestion?: string }) => ({
    message: { 'zh-CN': `数据集 ${q(p.id)} 不存在。`, en: `There is no dataset ${q(p.id)}.` },
    hint: choose(p.known, p.suggestion, { 'zh-CN': '数据集（datasets）', en: 'datasets' }),
  }),
  'unknown-view': (p: { id: string; known: string[]; suggestion?: string }) => ({
    message: { 'zh-CN': `视图 ${q(p.id)} 不存在。`, en: `There is no view ${q(p.id)}.` },
    hint: choose(p.known, p.suggestion, { 'zh-CN': '视图 id', en: 'view ids' }),
  }),
  'unknown-source': (p: { id: string; known: string[]; suggestion?: string }) => ({
    message: { 'zh-CN': `来源 ${q(p.id)} 不存在。`, en: `There is no source ${q(p.id)}.` },
    hint: choose(p.known, p.suggestion, { 'zh-CN': '来源（sources）', en: 'sources' }),
  }),
  'duplicate-view-id': (p: { id: string; first: string }) => ({
    message: { 'zh-CN': `视图 id ${q(p.id)} 重复，已在 ${p.first} 使用。`, en: `View id ${q(p.id)} is already used at ${p.first}.` },
    hint: { 'zh-CN': '每个视图的 id 在规范内必须唯一。', en: 'Every view needs its own id.' },
  }),
  'duplicate-record-id': (p: { id: string; dataset: string }) => ({
    message: { 'zh-CN': `数据集 ${q(p.dataset)} 中 id ${q(p.id)} 重复。`, en: `Id ${q(p.id)} appears twice in dataset ${q(p.dataset)}.` },
  }),
  'duplicate-value': (p: { value: unknown; first: string }) => ({
    message: { 'zh-CN': `${q(p.value)} 重复，已在 ${p.first} 出现。`, en: `${q(p.value)} is listed twice; first at ${p.first}.` },
    hint: { 'zh-CN': '列表里每个值只写一次。', en: 'List each value once.' },
  }),
  'tour-not-map': (p: { id: string; kind: string }) => ({
    message: { 'zh-CN': `巡游只能用于地图视图，${q(p.id)} 是 ${q(p.kind)}。`, en: `A tour needs a map view; ${q(p.id)} is of kind ${q(p.kind)}.` },
    hint: { 'zh-CN': '选择 county-map 或 station-coverage 视图。', en: 'Name a county-map or station-coverage view.' },
  }),

  // --- datasets ------------------------------------------------------------------------------
  'dataset-values-and-url': (p: { id: string }) => ({
    message: { 'zh-CN': `数据集 ${q(p.id)} 同时给了 values 和 url。`, en: `Dataset ${q(p.id)} has both \`values\` and \`url\`.` },
    hint: { 'zh-CN': '只保留其中一个。', en: 'Keep one of them.' },
  }),
  'dataset-without-data': (p: { id: string }) => ({
    message: { 'zh-CN': `数据集 ${q(p.id)} 既没有 values 也没有 url。`, en: `Dataset ${q(p.id)} has neither \`values\` nor \`url\`.` },
    hint: { 'zh-CN': '用 values 内嵌数据，或用 url 指向数据文件。', en: 'Give the data inline in `values` or point `url` at a file.' },
  }),
  'dataset-not-geometry': (p: { id: string }) => ({
    message: { 'zh-CN': `数据集 ${q(p.id)} 不是区划几何（GeoJSON/TopoJSON）。`, en: `Dataset ${q(p.id)} is not region geometry (GeoJSON/TopoJSON).` },
    hint: { 'zh-CN': '区划要用 format "geojson" 或 "topojson" 的数据集。', en: 'Regions need a dataset with format "geojson" or "topojson".' },
  }),
  'dataset-not-table': (p: { id: string }) => ({
    message: { 'zh-CN': `数据集 ${q(p.id)} 不是记录表（应为 JSON 数组）。`, en: `Dataset ${q(p.id)} is not a table of records (a JSON array).` },
  }),
  'region-without-code': (p: { dataset: string; index: number }) => ({
    message: { 'zh-CN': `数据集 ${q(p.dataset)} 的第 ${p.index + 1} 个区划没有 code 属性。`, en: `Region ${p.index + 1} of dataset ${q(p.dataset)} has no \`code\` property.` },
  }),

  // --- values ----------------------------------------------------------------------------------
  'bad-date': (p: { value: string }) => ({
    message: { 'zh-CN': `日期 ${q(p.value)} 无效。`, en: `${q(p.value)} is not a valid date.` },
    hint: { 'zh-CN': '写成 YYYY、YYYY-MM 或 YYYY-MM-DD，如 "2024-05-20"。', en: 'Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2024-05-20".' },
  }),
  'bad-period': (p: { value: string }) => ({
    message: { 'zh-CN': `时期 ${q(p.value)} 无效。`, en: `${q(p.value)} is not a valid period.` },
    hint: { 'zh-CN': '写成 YYYY、YYYY-Qn 或 YYYY-MM，如 "2024"、"2024-Q2"、"2024-05"。', en: 'Write YYYY, YYYY-Qn or YYYY-MM, e.g. "2024", "2024-Q2", "2024-05".' },
  }),
  'bad-duration': (p: { value: string }) => ({
    message: { 'zh-CN': `时长 ${q(p.value)} 无效。`, en: `${q(p.value)} is not a valid duration.` },
    hint: { 'zh-CN': '写成正数加单位 ms、s、m 或 h，如 "60s"、"5m"。', en: 'Write a positive number and ms, s, m or h, e.g. "60s" or "5m".' },
  }),
  'refresh-too-short': (p: { value: string; min: number; suggestion?: string }) => ({
    message: {
      'zh-CN': `刷新间隔 ${q(p.value)} 太短，至少要 ${durationText(p.min)}。`,
      en: `Refresh interval ${q(p.value)} is too short; the minimum is ${durationText(p.min)}.`,
    },
    hint: p.suggestion !== undefined
      ? { 'zh-CN': `是不是 ${q(p.suggestion)}？`, en: `Did you mean ${q(p.suggestion)}?` }
      : {
          'zh-CN': `大屏每次刷新都会重新请求门户的接口；写成 ${durationText(p.min)} 或更长，如 "60s"、"5m"。`,
          en: `Every refresh fetches from the portal's API again; write ${durationText(p.min)} or longer, e.g. "60s" or "5m".`,
        },
  }),
  'fetch-timeout-out-of-range': (p: { value: string; min: number; max: number }) => ({
    message: {
      'zh-CN': `请求超时 ${q(p.value)} 超出范围，应在 ${durationText(p.min)} 到 ${durationText(p.max)} 之间。`,
      en: `Fetch timeout ${q(p.value)} is out of range; it must be from ${durationText(p.min)} to ${durationText(p.max)}.`,
    },
    hint: {
      'zh-CN': '超过这个时长仍未返回的数据请求按失败处理并稍后重试；一般写 "30s"。',
      en: 'A data request still unanswered after this long counts as failed and is retried later; "30s" is usual.',
    },
  }),
  'tour-interval-too-short': (p: { value: string; min: number }) => ({
    message: {
      'zh-CN': `巡游间隔 ${q(p.value)} 太短，至少要 ${durationText(p.min)}。`,
      en: `Tour interval ${q(p.value)} is too short; the minimum is ${durationText(p.min)}.`,
    },
    hint: { 'zh-CN': '每个区域要停留到能读出名字，如 "8s"。', en: 'Stay on each region long enough to read its name, e.g. "8s".' },
  }),
  'percent-out-of-range': (p: { value: number }) => ({
    message: { 'zh-CN': `百分比 ${p.value} 超出 0–100。`, en: `Percentage ${p.value} is outside 0–100.` },
    hint: { 'zh-CN': '百分比写成 0–100 的数，如 92 表示 92%。', en: 'Write percentages as 0–100, e.g. 92 for 92%.' },
  }),
  'negative-amount': (p: { value: number }) => ({
    message: { 'zh-CN': `金额 ${p.value} 不能为负数。`, en: `Amount ${p.value} cannot be negative.` },
  }),
  'grid-outside-columns': (p: { x: number; w: number; columns: number }) => ({
    message: {
      'zh-CN': `网格位置超出 ${p.columns} 列：x ${p.x} + w ${p.w} = ${p.x + p.w}。`,
      en: `Grid placement runs past ${p.columns} columns: x ${p.x} + w ${p.w} = ${p.x + p.w}.`,
    },
    hint: { 'zh-CN': '减小 x 或 w，或增加 layout.columns。', en: 'Reduce x or w, or raise layout.columns.' },
  }),
  'kpi-without-figures': () => ({
    message: { 'zh-CN': 'kpi 视图既没有 items 也没有 data。', en: 'The kpi view has neither `items` nor `data`.' },
  }),
  'kpi-items-and-data': () => ({
    message: { 'zh-CN': 'kpi 视图同时给了 items 和 data。', en: 'The kpi view has both `items` and `data`.' },
    hint: { 'zh-CN': '只保留其中一个。', en: 'Keep one of them.' },
  }),

  // --- records ---------------------------------------------------------------------------------
  'record-missing-field': (p: { field: string; dataset: string; index: number }) => ({
    message: {
      'zh-CN': `数据集 ${q(p.dataset)} 的第 ${p.index + 1} 条记录缺少字段 ${q(p.field)}。`,
      en: `Record ${p.index + 1} of dataset ${q(p.dataset)} has no field ${q(p.field)}.`,
    },
  }),
  'record-wrong-type': (p: { field: string; expected: string; actual: string }) => ({
    message: {
      'zh-CN': `字段 ${q(p.field)} 应为${typeZh(p.expected)}，这里是${typeZh(p.actual)}。`,
      en: `Field ${q(p.field)} must be ${typesEn([p.expected])}, not ${typesEn([p.actual])}.`,
    },
  }),
  'unknown-record-field': (p: { field: string; dataset: string; index: number; known: string[]; suggestion?: string }) => ({
    message: {
      'zh-CN': `数据集 ${q(p.dataset)} 的第 ${p.index + 1} 条记录有不认识的字段 ${q(p.field)}。`,
      en: `Record ${p.index + 1} of dataset ${q(p.dataset)} has an unknown field ${q(p.field)}.`,
    },
    hint: p.suggestion !== undefined
      ? { 'zh-CN': `是不是 ${q(p.suggestion)}？`, en: `Did you mean ${q(p.suggestion)}?` }
      : {
          'zh-CN': `可用的字段：${listZh(p.known)}。门户多出的列放进记录的 meta，或写进数据集的 extraFields。`,
          en: `Known fields: ${list(p.known)}. Put the portal's other columns in the record's \`meta\`, or list them in the dataset's \`extraFields\`.`,
        },
  }),
  'unknown-station-kind': (p: { value: unknown; known: string[]; suggestion?: string }) => ({
    message: { 'zh-CN': `不认识的站点类型 ${q(p.value)}。`, en: `Unknown station kind ${q(p.value)}.` },
    hint: choose(p.known, p.suggestion, { 'zh-CN': '站点类型', en: 'station kinds' }),
  }),
  'bad-qualifier': (p: { value: unknown }) => ({
    message: { 'zh-CN': `不认识的限定词 qualifier ${q(p.value)}。`, en: `Unknown qualifier ${q(p.value)}.` },
    hint: { 'zh-CN': '多/余 → "over"，约/近 → "about"，以上 → "at-least"。', en: 'Use "over", "about" or "at-least".' },
  }),
  'station-coordinates': (p: { id: string; lon: unknown; lat: unknown }) => ({
    message: {
      'zh-CN': `站点 ${q(p.id)} 的经纬度无效：lon ${q(p.lon)}，lat ${q(p.lat)}。`,
      en: `Station ${q(p.id)} has no valid coordinates: lon ${q(p.lon)}, lat ${q(p.lat)}.`,
    },
    hint: { 'zh-CN': 'lon、lat 为数字，经度 −180–180，纬度 −90–90。', en: '`lon` and `lat` are numbers, longitude −180–180, latitude −90–90.' },
  }),
  'unknown-township': (p: { township: string; regions: string; suggestion?: string }) => ({
    message: {
      'zh-CN': `乡镇 ${q(p.township)} 不在区划数据集 ${q(p.regions)} 中。`,
      en: `Township ${q(p.township)} is not in the regions dataset ${q(p.regions)}.`,
    },
    hint: p.suggestion !== undefined
      ? { 'zh-CN': `是不是 ${q(p.suggestion)}？`, en: `Did you mean ${q(p.suggestion)}?` }
      : { 'zh-CN': '乡镇用区划的 code（9 位统计用区划代码）。', en: 'Use the region `code` (the 9-digit NBS code).' },
  }),
  'link-field-missing': (p: { field: string; view: string }) => ({
    message: {
      'zh-CN': `视图 ${q(p.view)} 的记录里没有联动字段 ${q(p.field)}。`,
      en: `The records of view ${q(p.view)} have no field ${q(p.field)} to filter on.`,
    },
    hint: { 'zh-CN': '换一个字段（field），或从 filter 中去掉该视图。', en: 'Choose another `field`, or drop the view from `filter`.' },
  }),
  'unknown-field': (p: { field: string; dataset: string; suggestion?: string }) => ({
    message: { 'zh-CN': `数据集 ${q(p.dataset)} 的记录里没有字段 ${q(p.field)}。`, en: `The records of dataset ${q(p.dataset)} have no field ${q(p.field)}.` },
    hint: p.suggestion !== undefined ? { 'zh-CN': `是不是 ${q(p.suggestion)}？`, en: `Did you mean ${q(p.suggestion)}?` } : undefined,
  }),

  // --- spreadsheets, CSV and transforms (read at load; `at` names the file and the cell) ----------
  'unreadable-cell': (p: { at: CellAt; text: string; expected: CellExpectation }) => ({
    message: {
      'zh-CN': `${cellZh(p.at)}：${q(p.text)} 无法读作${expectZh[p.expected]}。`,
      en: `${cellEn(p.at)}: ${q(p.text)} cannot be read as ${expectEn[p.expected]}.`,
    },
    hint: {
      'zh-CN': p.text.trim() === '' ? '该单元格为空：填上数值，或删去这一行。' : `可以写成 1234、1,234.5、12.5%、500万、3亿、500余万元、约70万元、10万元以上、56场次${p.expected === 'date' ? '；日期写成 2024-05-17、2024/5/17 或 2024年5月' : ''}。`,
      en: p.text.trim() === '' ? 'The cell is empty: fill in a value or delete the row.' : `Readable forms: 1234, 1,234.5, 12.5%, and amounts or counts written in Chinese with ten-thousand (wan) or hundred-million (yi) units, a qualifier and a unit word${p.expected === 'date' ? '; dates as 2024-05-17 or 2024/5/17' : ''}.`,
    },
  }),
  'qualifier-conflict': (p: { at: CellAt; text: string; cell: string; column: string }) => ({
    message: {
      'zh-CN': `${cellZh(p.at)}：${q(p.text)} 的限定词（${qualifierZh(p.cell)}）与限定词列（${qualifierZh(p.column)}）不一致。`,
      en: `${cellEn(p.at)}: the qualifier of ${q(p.text)} (${q(p.cell)}) differs from the qualifier column (${q(p.column)}).`,
    },
    hint: { 'zh-CN': '只在一处写限定词，或让两处一致。', en: 'Give the qualifier in one place, or make both agree.' },
  }),
  'unknown-township-name': (p: { at: CellAt; name: string; regions: string; candidates: string[] }) => ({
    message: {
      'zh-CN': `${cellZh(p.at)}：乡镇 ${q(p.name)} 不在区划数据集 ${q(p.regions)} 中。`,
      en: `${cellEn(p.at)}: township ${q(p.name)} is not in the regions dataset ${q(p.regions)}.`,
    },
    hint: p.candidates.length
      ? { 'zh-CN': `区划里的乡镇：${listZh(p.candidates)}。`, en: `Townships in the regions: ${list(p.candidates)}.` }
      : { 'zh-CN': '区划数据集里没有乡镇。', en: 'The regions dataset has no townships.' },
  }),
  'ambiguous-township-name': (p: { at: CellAt; name: string; regions: string; candidates: string[] }) => ({
    message: {
      'zh-CN': `${cellZh(p.at)}：乡镇 ${q(p.name)} 在区划数据集 ${q(p.regions)} 中对应多个乡镇：${listZh(p.candidates)}。`,
      en: `${cellEn(p.at)}: township ${q(p.name)} matches several townships in the regions dataset ${q(p.regions)}: ${list(p.candidates)}.`,
    },
    hint: { 'zh-CN': '写全称（带“镇”“乡”“街道”），或直接写 9 位区划代码。', en: 'Write the full name, with its town or township suffix, or the 9-digit code.' },
  }),
  'missing-column': (p: { file: string; column: string; field: string; columns: string[]; suggestion?: string }) => ({
    message: {
      'zh-CN': `${q(p.file)} 没有列 ${q(p.column)}（\`fields\` 把它映射为 ${q(p.field)}）。`,
      en: `${p.file} has no column ${q(p.column)} (mapped to ${q(p.field)} by \`fields\`).`,
    },
    hint: p.suggestion !== undefined
      ? { 'zh-CN': `是不是 ${q(p.suggestion)}？`, en: `Did you mean ${q(p.suggestion)}?` }
      : { 'zh-CN': `表里的列：${listZh(p.columns)}。`, en: `The table's columns: ${list(p.columns)}.` },
  }),
  'duplicate-column': (p: { file: string; column: string; position: number }) => ({
    message: {
      'zh-CN': `${q(p.file)} 的表头第 ${p.position} 列 ${q(p.column)} 与前面的列同名。`,
      en: `${p.file}: header column ${p.position} ${q(p.column)} repeats an earlier column's name.`,
    },
    hint: { 'zh-CN': '每一列的表头都要不同。', en: 'Give every column its own header.' },
  }),
  'ragged-row': (p: { file: string; line: number; cells: number; columns: number }) => ({
    message: {
      'zh-CN': `${q(p.file)} 第 ${p.line} 行有 ${p.cells} 个单元格，表头有 ${p.columns} 列。`,
      en: `${p.file} line ${p.line} has ${p.cells} cells; the header has ${p.columns} columns.`,
    },
    hint: { 'zh-CN': '检查这一行是否多了或少了分隔符（逗号），含逗号的内容要加双引号。', en: 'Look for a missing or extra delimiter; quote cells that contain commas.' },
  }),
  'empty-table': (p: { file: string }) => ({
    message: { 'zh-CN': `${q(p.file)} 没有表头行。`, en: `${q(p.file)} has no header row.` },
    hint: { 'zh-CN': '第一行写列名，之后每行一条记录。', en: 'Put the column names in the first row, one record per row below it.' },
  }),
  'no-such-sheet': (p: { file: string; sheet: string; sheets: string[] }) => ({
    message: { 'zh-CN': `${q(p.file)} 里没有工作表 ${q(p.sheet)}。`, en: `${q(p.file)} has no sheet ${q(p.sheet)}.` },
    hint: { 'zh-CN': `文件里的工作表：${listZh(p.sheets)}。`, en: `Its sheets: ${list(p.sheets)}.` },
  }),
  'unreadable-workbook': (p: { file: string }) => ({
    message: { 'zh-CN': `${q(p.file)} 不是可读的 \`.xlsx\` 工作簿。`, en: `${q(p.file)} is not a readable xlsx workbook.` },
    hint: { 'zh-CN': '用电子表格软件另存为 `.xlsx`（不是 `.xls` 或 `.et`），或导出为逗号分隔的 `.csv`。', en: 'Save it as .xlsx from Excel or WPS (not .xls or .et), or export CSV.' },
  }),
  'property-not-found': (p: { file: string; property: string; missing: string }) => ({
    message: {
      'zh-CN': `${q(p.file)} 的响应里没有 ${q(p.property)}（缺少 ${q(p.missing)}）。`,
      en: `The response ${p.file} has no ${q(p.property)} (${q(p.missing)} is missing).`,
    },
    hint: { 'zh-CN': '`property` 用点号连接路径，例如 "data.list"；看一下接口实际返回的内容。', en: 'Write `property` as a dot path, e.g. "data.list"; look at what the API returns.' },
  }),
  'property-not-array': (p: { file: string; property: string; actual: string }) => ({
    message: {
      'zh-CN': `${q(p.file)} 中 ${q(p.property)} 应为记录数组，这里是${typeZh(p.actual)}。`,
      en: `${q(p.property)} in ${p.file} must be an array of records, not ${typesEn([p.actual])}.`,
    },
  }),
  'transform-missing-field': (p: { field: string; transform: string; fields: string[]; suggestion?: string }) => ({
    message: {
      'zh-CN': `变换 \`${p.transform}\` 用到的字段 ${q(p.field)} 不在记录里。`,
      en: `The ${p.transform} transform names a field ${q(p.field)} the records do not have.`,
    },
    hint: p.suggestion !== undefined
      ? { 'zh-CN': `是不是 ${q(p.suggestion)}？`, en: `Did you mean ${q(p.suggestion)}?` }
      : { 'zh-CN': `此时记录里的字段：${listZh(p.fields)}。`, en: `The records' fields at that point: ${list(p.fields)}.` },
  }),
  'bad-transform': (p: { transform: string; problem: 'range' | 'fold-as' | 'lookup-as' | 'empty' | 'op-field' | 'filter-test' }) => ({
    message: {
      'zh-CN': `变换 \`${p.transform}\` 写法有误：${{ range: '`range` 要两个数 [最小, 最大]', 'fold-as': '`as` 要两个名字 [键, 值]', 'lookup-as': '`as` 的个数要与 `from.fields` 相同', empty: '列表不能为空', 'op-field': '除 `count` 以外的运算要有 `field`', 'filter-test': '`filter` 要有 `equal`、`oneOf`、`range`、`gte` 或 `lte` 之一' }[p.problem]}。`,
      en: `The ${p.transform} transform is malformed: ${{ range: '`range` takes two numbers [min, max]', 'fold-as': '`as` takes two names [key, value]', 'lookup-as': '`as` must name as many fields as `from.fields`', empty: 'the list must not be empty', 'op-field': 'every op but `count` needs a `field`', 'filter-test': 'a filter needs one of `equal`, `oneOf`, `range`, `gte`, `lte`' }[p.problem]}.`,
    },
  }),
  'lookup-no-match': (p: { at: CellAt; value: string; data: string; key: string }) => ({
    message: {
      'zh-CN': `${cellZh(p.at)}：在数据集 ${q(p.data)} 的 ${q(p.key)} 中找不到 ${q(p.value)}。`,
      en: `${cellEn(p.at)}: ${q(p.value)} is not found in ${q(p.key)} of dataset ${q(p.data)}.`,
    },
    hint: { 'zh-CN': '检查两边的写法是否一致（全称、空格、代码）。', en: 'Check that both sides spell it the same (full name, spaces, code).' },
  }),
  'lookup-not-table': (p: { data: string }) => ({
    message: { 'zh-CN': `\`lookup\` 的 \`from.data\` ${q(p.data)} 不是记录表。`, en: `lookup's from.data ${q(p.data)} is not a table of records.` },
    hint: { 'zh-CN': '从记录数据集（`json`、`csv`、`xlsx`）查找。', en: 'Look up in a records dataset (json, csv, xlsx).' },
  }),

  // --- files (the CLI) ---------------------------------------------------------------------------
  /** `problem` is a jsonc-parser error name, e.g. `CommaExpected`. */
  'malformed-json': (p: { problem: string }) => {
    const [zh, en] = jsonProblems[p.problem] ?? [p.problem, p.problem];
    return {
      message: { 'zh-CN': `JSON 格式错误：${zh}。`, en: `Malformed JSON: ${en}.` },
      hint: { 'zh-CN': '规范是严格的 JSON：不能有注释和末尾逗号，字符串用双引号。', en: 'Specs are strict JSON: no comments, no trailing commas, strings in double quotes.' },
    };
  },
  'unreadable-file': (p: { file: string; reason: string }) => ({
    message: { 'zh-CN': `读不到文件 ${q(p.file)}（${p.reason}）。`, en: `Cannot read ${q(p.file)} (${p.reason}).` },
  }),
} satisfies Record<string, (params: any) => MessageText>;

/** Stable ids of every error the spec area reports. */
export type SpecErrorCode = keyof typeof messages;

/** The parameters a code's message takes. */
export type MessageParams<C extends SpecErrorCode> = Parameters<(typeof messages)[C]>[0];

/** Text of a message in one locale: its message and, where there is one, its hint. */
export function messageText<C extends SpecErrorCode>(
  code: C,
  params: MessageParams<C>,
  locale: Locale = 'zh-CN',
): { message: string; hint?: string } {
  const text: MessageText = (messages[code] as (p: MessageParams<C>) => MessageText)(params);
  return text.hint ? { message: text.message[locale], hint: text.hint[locale] } : { message: text.message[locale] };
}

/** Headings `formatErrors` uses. */
export const formatLabels = {
  hint: (): Localized => ({ 'zh-CN': '提示', en: 'hint' }),
  root: (): Localized => ({ 'zh-CN': '（根）', en: '(root)' }),
  summary: (p: { errors: number }): Localized => ({
    'zh-CN': `${p.errors} 个错误`,
    en: `${p.errors} ${p.errors === 1 ? 'error' : 'errors'}`,
  }),
};
