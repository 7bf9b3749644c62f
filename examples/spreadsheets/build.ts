/**
 * Writes funds.xlsx, the made-up fund sheet of examples/spreadsheets (a county office's Excel:
 * Chinese headers, township names, amounts as text with 余/约/以上). Deterministic:
 * `npx tsx examples/spreadsheets/build.ts`. Every figure here is illustrative (示意).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeXlsx } from '../../test/fixtures/make-xlsx.ts';

export const fundSheet: (string | number)[][] = [
  ['序号', '乡镇', '项目', '捐赠单位', '金额', '日期', '备注'],
  [1, '武宣镇', '捐种一棵大树', '县工商联', '120万元', '2022-03-12', '示意数据'],
  [2, '桐岭镇', '捐种一棵大树', '桐岭商会', '80余万元', '2022-04-02', '示意数据'],
  [3, '桐岭', '助学', '委员个人', '约15万元', '2022-09-01', '示意数据'],
  [4, '东乡镇', '道路硬化', '县政协委员', '50万元以上', '2023-01-20', '示意数据'],
  [5, '三里镇', '助学', '委员个人', 36000, '2023-02-15', '示意数据'],
  [6, '武宣', '道路硬化', '县工商联', '约30万元', '2023-06-30', '示意数据'],
  [7, '通挽镇', '捐种一棵大树', '县政协委员', '200余万元', '2023-03-12', '示意数据'],
];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = dirname(fileURLToPath(import.meta.url));
  writeFileSync(join(dir, 'funds.xlsx'), makeXlsx({ 说明: [['本表为示意数据（虚构），仅用于演示。']], 捐赠明细: fundSheet }));
  console.log('wrote funds.xlsx');
}
