/**
 * The words of load errors (`DataLoadError`), in zh-CN and en: imported on demand
 * (`loadLoadErrorWords`, data-load-error.ts) when a load fails, not with a first render.
 */
import type { Locale } from '@tongxin/spec';
import type { LoadErrorWords } from '../messages.ts';

const zhCN: LoadErrorWords = {
  'not-found': ({ url }) => `找不到数据文件 ${url}`,
  http: ({ url, status, statusText }) => `无法获取数据 ${url}：服务器返回 ${status}${statusText ? ` ${statusText}` : ''}`,
  // The browser's own wording of a network failure is English: it stays on the error (`cause`), not in a Chinese line.
  network: ({ url }) => `无法连接到 ${url}`,
  'malformed-json': ({ url, line, column, problem }) =>
    `${url} 不是有效的 JSON` + (line != null ? `：第 ${line} 行第 ${column} 列` : '') + (problem ? `（${problem}）` : ''),
  'invalid-data': ({ url, reason }) => `${url} 的数据无法读取${reason ? `：${reason}` : ''}`,
  shape: ({ expected, found }) => {
    const want = { records: '记录数组', geojson: 'GeoJSON FeatureCollection', topojson: 'TopoJSON Topology' }[expected];
    const got = found.kind === 'array' ? '数组' : found.kind === 'object' ? (found.type ? `类型为 ${JSON.stringify(found.type)} 的对象` : '对象') : found.text;
    return `应为${want}，这里是${got}`;
  },
  aborted: ({ url }) => `已取消加载 ${url}`,
  'refused-file': ({ url }) => `不读取 ${url}：只读取规范所在目录（或运行方指定的根目录）之内的普通文件`,
  'refused-origin': ({ url }) => `不连接 ${url}：该来源未被允许`,
  timeout: ({ url, seconds }) => `读取 ${url} 超时（${seconds} 秒）`,
  'too-large': ({ url, megabytes }) => `${url} 超过大小上限（${megabytes} 兆字节）`,
  hint: {
    'not-found': '检查 url 是否正确：相对地址以规格文件所在位置为准。',
    http: '检查 url 是否正确（相对地址以规格文件所在位置为准），以及服务器是否允许访问。',
    network: '检查网络连接、服务器地址与跨域（CORS）设置。',
    'malformed-json': '用 JSON 校验工具打开该文件，修正所指位置附近的语法错误。',
    'invalid-data': '检查 format 是否与文件内容一致：json 为记录数组，geojson 为 FeatureCollection，topojson 为 Topology。',
    aborted: '加载被新的请求或页面离开所取消，无需处理。',
    'refused-file': '把数据文件放到规范所在目录之内，或由运行方用 “--root”（“renderSpec()” 的 “root”）指定更大的根目录。',
    'refused-origin': '确认该地址可信后，由运行方用 “--allow-origin”（“renderSpec()” 的 “allowOrigins”）允许它的来源。',
    timeout: '检查服务器是否应答；需要更长时间时放宽超时：在规范中写 “fetchTimeout”（如 "60s"），命令行由运行方用 “--timeout”（毫秒）。',
    'too-large': '在服务器端先汇总数据；确需更大的文件时由运行方用 “--max-bytes” 放宽。',
  },
};

const en: LoadErrorWords = {
  'not-found': ({ url }) => `The data file ${url} does not exist`,
  http: ({ url, status, statusText }) => `Could not fetch ${url}: the server answered ${status}${statusText ? ` ${statusText}` : ''}`,
  network: ({ url, detail }) => `Could not reach ${url}${detail ? ` (${detail})` : ''}`,
  'malformed-json': ({ url, line, column, problem }) =>
    `${url} is not valid JSON` + (line != null ? ` at line ${line}, column ${column}` : '') + (problem ? ` (${problem})` : ''),
  'invalid-data': ({ url, reason }) => `The data in ${url} cannot be read${reason ? `: ${reason}` : ''}`,
  shape: ({ expected, found }) => {
    const want = { records: 'an array of records', geojson: 'a GeoJSON FeatureCollection', topojson: 'a TopoJSON Topology' }[expected];
    const got = found.kind === 'array' ? 'an array' : found.kind === 'object' ? (found.type ? `an object of type ${JSON.stringify(found.type)}` : 'an object') : found.text;
    return `expected ${want}, found ${got}`;
  },
  aborted: ({ url }) => `Loading ${url} was cancelled`,
  'refused-file': ({ url }) => `Not reading ${url}: only regular files inside the spec's directory (or --root) are read`,
  'refused-origin': ({ url }) => `Not connecting to ${url}: its origin is not allowed`,
  timeout: ({ url, seconds }) => `Reading ${url} timed out (${seconds} s)`,
  'too-large': ({ url, megabytes }) => `${url} is larger than the size cap (${megabytes} MB)`,
  hint: {
    'not-found': 'Check the url: relative URLs resolve against the spec file.',
    http: 'Check the url (relative URLs resolve against the spec file) and that the server allows access.',
    network: 'Check the connection, the server address and its CORS settings.',
    'malformed-json': 'Open the file in a JSON validator and fix the syntax near the position given.',
    'invalid-data': 'Check that format matches the file: json is an array of records, geojson a FeatureCollection, topojson a Topology.',
    aborted: 'A newer load or leaving the page cancelled this one; nothing to fix.',
    'refused-file': 'Move the data file inside the spec\'s directory, or widen the root with --root (renderSpec\'s root).',
    'refused-origin': 'If you trust that address, allow its origin with --allow-origin (renderSpec\'s allowOrigins), e.g. --allow-origin https://data.example.gov.cn.',
    timeout: 'Check that the server answers; give it longer with the spec\'s fetchTimeout (e.g. "60s"), or --timeout (milliseconds) on the command line.',
    'too-large': 'Aggregate the data on the server; if the file must be bigger, raise --max-bytes.',
  },
};

/** By locale; an unknown locale reads zh-CN's (as `messages()` does). */
export const loadErrorWords: Record<Locale, LoadErrorWords> = { 'zh-CN': zhCN, en };
