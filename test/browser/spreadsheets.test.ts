// The spreadsheet examples (examples/spreadsheets) in their elements, in Chromium: each draws, and
// the figures in its data table equal a hand computation from the sheet (sums per township, per
// campaign, per year) with their qualifiers (余, 约, 以上) kept. And the table code is loaded only
// when a dataset needs it (the network log of this page says so): none for plain JSON, the CSV
// reader for a CSV, the transforms for a `transform`, the xlsx reader for a spreadsheet.
import { expect } from '@esm-bundle/chai';
import type { TxElement } from './helpers.ts';

// The dev server serves every module as its own file, more than the 250 resource-timing entries a
// page keeps by default: make room first, then load the elements (so every module they pull is logged).
performance.setResourceTimingBufferSize(100_000);
let helpers: typeof import('./helpers.ts');
before(async () => {
  helpers = await import('./helpers.ts');
});
const cleanup = () => helpers.cleanup();
const mount = (...args: Parameters<typeof import('./helpers.ts').mount>) => helpers.mount(...args);
const openTable = (el: TxElement) => helpers.openTable(el);
const paintedPixels = (el: HTMLElement) => helpers.paintedPixels(el);

const base = '/examples/spreadsheets/';

/** The data table as rows of cell texts. */
async function tableRows(el: TxElement): Promise<string[][]> {
  const details = await openTable(el);
  return [...details.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()));
}
const rowOf = (rows: string[][], name: string) => rows.find((r) => r[0] === name) ?? [];

/** Script URLs this page has loaded (the dev server serves each module as its own file). */
const loadedModules = () => performance.getEntriesByType('resource').map((e) => e.name);
const spreadsheetCode = (urls: string[]) => urls.filter((u) => /read-xlsx|fflate/.test(u));
/** The table code each part of (load/table-code.ts) this page has loaded, by file name. */
const tableCode = (urls: string[]) => urls.filter((u) => u.includes('/core/src/table/')).map((u) => new URL(u).pathname.split('/').pop()!).sort();

describe('spreadsheets in the elements', () => {
  afterEach(cleanup);

  // One test, in this order: a module once loaded stays in the log.
  it('a page whose datasets are JSON loads no table code; a JSON response with property loads no CSV reader; a CSV no xlsx reader', async () => {
    expect(loadedModules().some((u) => u.includes('load-data')), 'the log sees the pipeline\'s modules').to.equal(true);
    const { event } = await mount('tx-fund-chart', { attrs: { src: '/data/wuxuan/funds.json' } });
    expect(event.type).to.equal('tx-render');
    expect(tableCode(loadedModules()), 'plain JSON: no CSV reader, no transforms, no cell reading').to.deep.equal([]);

    const { event: portal } = await mount('tx-kpi', { attrs: { src: `${base}portal-kpi.json` } });
    expect(portal.type, JSON.stringify((portal as CustomEvent).detail)).to.equal('tx-render');
    const afterPortal = tableCode(loadedModules());
    expect(afterPortal, '`property` + `fields`: the table path').to.include('load-tables.ts');
    expect(afterPortal.filter((f) => /read-delimited|apply-transform|read-xlsx/.test(f)), 'no CSV reader, transforms or xlsx reader').to.deep.equal([]);

    const { event: csv } = await mount('tx-activity-trend', { attrs: { src: `${base}activities.json` } });
    expect(csv.type, 'a CSV with transforms draws').to.equal('tx-render');
    expect(tableCode(loadedModules())).to.include.members(['read-delimited.ts', 'apply-transform.ts']);
    expect(spreadsheetCode(loadedModules()), 'a CSV needs no xlsx reader').to.deep.equal([]);
  });

  it('the fund workbook (xlsx): sums per township on the map, qualifiers kept; the xlsx reader arrives with it', async () => {
    const { el, event } = await mount('tx-county-map', { attrs: { src: `${base}funds.json`, view: 'map' }, width: 700 });
    expect(event.type, JSON.stringify((event as CustomEvent).detail)).to.equal('tx-render');
    expect(spreadsheetCode(loadedModules()).length, 'read-xlsx and fflate were fetched').to.be.greaterThan(0);
    expect(paintedPixels(el).painted).to.be.greaterThan(1000);
    const rows = await tableRows(el);
    // By hand from the sheet: 武宣镇 120万元 + 武宣 约30万元; 桐岭镇 80余万元 + 桐岭 约15万元; 通挽镇 200余万元;
    // 东乡镇 50万元以上; 三里镇 36000.
    expect(rowOf(rows, '武宣镇').join(' ')).to.contain('约150万元');
    expect(rowOf(rows, '桐岭镇').join(' ')).to.contain('约95万元');
    expect(rowOf(rows, '通挽镇').join(' ')).to.contain('200余万元');
    expect(rowOf(rows, '东乡镇').join(' ')).to.contain('50万元以上');
    expect(rowOf(rows, '三里镇').join(' ')).to.match(/3\.6万元/);
    expect(rowOf(rows, '三里镇').join(' ')).not.to.match(/[约余]|以上/);
    expect(el.shadowRoot!.textContent).to.contain('示意数据');
  });

  it('the fund workbook (xlsx): sums per campaign in the fund chart', async () => {
    const { el, event } = await mount('tx-fund-chart', { attrs: { src: `${base}funds.json`, view: 'funds' } });
    expect(event.type).to.equal('tx-render');
    const rows = await tableRows(el);
    // 捐种一棵大树: 120万 + 80余万 + 200余万 = 400余万; 助学: 约15万 + 36000 = 约18.6万; 道路硬化: 50万以上 + 约30万 = 约80万.
    expect(rowOf(rows, '捐种一棵大树').join(' ')).to.contain('400余万元').and.to.contain('4,000,000');
    expect(rowOf(rows, '助学').join(' ')).to.contain('约18.6万元').and.to.contain('186,000');
    expect(rowOf(rows, '道路硬化').join(' ')).to.contain('约80万元').and.to.contain('800,000');
  });

  it('the activity sheet with years as columns (csv → fold → timeUnit → filter): per year and kind, from 2022', async () => {
    const { el, event } = await mount('tx-activity-trend', { attrs: { src: `${base}activities.json` } });
    expect(event.type).to.equal('tx-render');
    const rows = await tableRows(el);
    expect(rows.map((r) => r[0])).to.deep.equal(['2022', '2023', '2024']); // 2021 filtered out
    expect(rowOf(rows, '2023')).to.include('约15').and.to.include('110余').and.to.include('11').and.to.include('55');
    expect(rowOf(rows, '2024')).to.include('60余').and.to.include('121');
    expect(rowOf(rows, '2022')).to.include('102'); // 社情民意信息 2022 is an empty cell: no figure, not a 0
    expect(rowOf(rows, '2022')).not.to.include('0');
  });

  it('the station sheet (township names, GCJ-02, kinds looked up): every station in its township', async () => {
    const { el, event } = await mount('tx-station-coverage', { attrs: { src: `${base}stations.json` }, width: 700 });
    expect(event.type).to.equal('tx-render');
    const rows = await tableRows(el);
    for (const town of ['武宣镇', '桐岭镇', '通挽镇', '东乡镇', '三里镇', '二塘镇']) expect(rowOf(rows, town).join(' '), town).to.contain('已覆盖');
    for (const town of ['黄茆镇', '禄新镇', '思灵镇', '金鸡乡']) expect(rowOf(rows, town).join(' '), town).not.to.contain('已覆盖');
  });

  it('the portal API response (property data.list, fields): 152件, 100%, 98.5%, changes from the previous period', async () => {
    const { el, event } = await mount('tx-kpi', { attrs: { src: `${base}portal-kpi.json` } });
    expect(event.type).to.equal('tx-render');
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('152').and.to.contain('98.5').and.to.contain('100');
    const rows = await tableRows(el);
    expect(rowOf(rows, '政协委员热线来电').join(' ')).to.contain('22'); // 152 − 130
    expect(rowOf(rows, '群众满意度').join(' ')).to.contain('100%');
  });
});
