// `tongxin render`: every view of every spec in data/ as an SVG print page, checked for what a
// reader of the printed report looks for: the title, one shape per township, the amounts as the
// articles write them, the sources, and a file any SVG viewer opens.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatAmount, themeTokens } from '../../packages/core/src/index.ts';
import { main } from '../../packages/cli/src/main.ts';
import type { Spec, View } from '@tongxin/spec';
import { dataDir, listSpecFiles, readData } from './data/data-files.ts';

const out = mkdtempSync(join(tmpdir(), 'tongxin-render-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function tongxin(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), cwd: dataDir });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Well-formed enough for an XML parser: every tag has only `name="value"` attributes with no raw
 * quote or < inside (ECharts once wrote font-family="\"PingFang SC\"…" and broke the file),
 * and start and end tags nest.
 */
function xmlProblems(svg: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const tag = /^<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/;
  for (let i = svg.indexOf('<'); i >= 0; i = svg.indexOf('<', i + 1)) {
    const skipTo = svg.startsWith('<![CDATA[', i) ? ']]>' : svg.startsWith('<!--', i) ? '-->' : undefined;
    if (skipTo) {
      i = svg.indexOf(skipTo, i);
      if (i < 0) problems.push('unterminated CDATA or comment');
      if (i < 0) break;
      continue;
    }
    const m = tag.exec(svg.slice(i, i + 200_000));
    if (!m) {
      problems.push(`bad markup at ${i}: ${svg.slice(i, i + 80)}`);
      continue;
    }
    const [, closing, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (!closing) open.push(name);
    else if (open.pop() !== name) problems.push(`</${name}> closes the wrong element at ${i}`);
  }
  if (open.length) problems.push(`unclosed: ${open.join(', ')}`);
  return problems;
}

/** `<text>` contents of the page, unescaped. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
}

/** Data-carrying paths of an ECharts series, one per data item (ECharts SSR marks them). */
function seriesPaths(svg: string, seriesIndex: number): number[] {
  return [...svg.matchAll(/<path\b[^>]*\becmeta_series_index="(\d+)"[^>]*\becmeta_data_index="(\d+)"[^>]*\becmeta_ssr_type="chart"/g)]
    .filter((m) => Number(m[1]) === seriesIndex)
    .map((m) => Number(m[2]));
}

const specFiles = listSpecFiles();
const cases = specFiles.flatMap((file) => {
  const spec = readData<Spec>(file);
  const views: View[] = spec.kind === 'dashboard' ? spec.views : [spec as unknown as View];
  return views.map((view) => ({ file, spec, view, name: `${file}${spec.kind === 'dashboard' ? ` --view ${view.id}` : ''}` }));
});

/** Township (or county) features of the regions dataset a map view draws. */
function regionCount(file: string, spec: Spec, view: View): number {
  const datasetId = (view as { regions?: string }).regions!;
  const dataset = spec.datasets![datasetId] as { url: string };
  const path = join(file, '..', dataset.url);
  const geo = readData<{ type: string; features?: unknown[]; objects?: Record<string, { geometries: unknown[] }> }>(path);
  return geo.type === 'Topology' ? Object.values(geo.objects!)[0].geometries.length : geo.features!.length;
}

describe('tongxin render: every view in data/', () => {
  it('has views to render', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('$name', async ({ file, spec, view }) => {
    const target = join(out, `${file.replace(/\W/g, '-')}-${view.id}.svg`);
    // --root: data/laibin's specs read ../wuxuan/… (render reads only the spec's own directory by default).
    const args = ['render', file, '--width', '900', '--height', '600', '--out', target, '--root', '.'];
    if (spec.kind === 'dashboard') args.push('--view', view.id);
    const { code, stderr } = await tongxin(...args);
    expect(code, stderr).toBe(0);
    const svg = readFileSync(target, 'utf8');
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="900" height="600"/);

    const title = view.title ?? spec.title;
    expect(title, 'every spec in data/ has a title').toBeTruthy();
    expect(svg).toContain(`class="tx-title">${escapeXml(title!)}</text>`);

    if (view.kind === 'county-map' || view.kind === 'station-coverage') {
      // Regions are the first series ECharts draws for both map kinds (the map series).
      const paths = seriesPaths(svg, 0);
      const regions = regionCount(file, spec, view);
      expect(paths.length, 'one path per region').toBe(regions);
      expect(new Set(paths).size).toBe(regions);
    }
    if (view.kind === 'fund-chart') {
      const records = readData<{ amount: number; qualifier?: 'over' | 'about' | 'at-least' }[]>(join(file, '..', (spec.datasets![(view as { data: string }).data] as { url: string }).url));
      const words = texts(svg).join('\n');
      const locale = spec.locale ?? 'zh-CN';
      for (const record of records) {
        if ((view as { mode?: string }).mode === 'cumulative') break;
        expect(words).toContain(formatAmount(record.amount, { qualifier: record.qualifier, locale }));
      }
    }
    if (view.kind === 'kpi') {
      expect(svg.match(/class="tx-card"/g)?.length).toBeGreaterThan(0);
    }
    // Article figures (funds, KPIs) carry their source: the footer names the article.
    if (view.kind === 'fund-chart' || view.kind === 'kpi') {
      const footer = [...svg.matchAll(/class="tx-footer">([^<]*)</g)].map((m) => m[1]).join('');
      expect(footer.startsWith('来源：')).toBe(true);
      expect(Object.values(spec.sources ?? {}).some((source) => footer.includes(escapeXml(source.title)))).toBe(true);
    }
  });
});

describe('tongxin render: what a report shows', () => {
  it('writes the article figures as the articles do: 500余万元, 300余万元 (武宣), 678万元 (犍为)', async () => {
    const wuxuan = await tongxin('render', 'wuxuan/funds.json');
    expect(wuxuan.code).toBe(0);
    expect(texts(wuxuan.stdout)).toEqual(expect.arrayContaining(['500余万元', '300余万元', '委员捐赠与筹集资金']));
    const qianwei = await tongxin('render', 'qianwei/funds.json');
    expect(texts(qianwei.stdout)).toContain('678万元');
  });

  it('writes the KPI cards as the element does: 152个 calls, 100% satisfaction', async () => {
    const { stdout } = await tongxin('render', 'wuxuan/kpi.json', '--width', '1200', '--height', '700');
    const words = texts(stdout);
    expect(words).toEqual(expect.arrayContaining(['热线来电', '152个', '热线满意率', '100%', '500余万元']));
  });

  it('--locale en and --theme bigscreen: English words and the big-screen colours', async () => {
    const { code, stdout } = await tongxin('render', 'wuxuan/funds.json', '--locale', 'en', '--theme', 'bigscreen');
    expect(code).toBe(0);
    expect(texts(stdout).join('\n')).toContain('over 5 million yuan');
    expect(stdout).toContain(`fill="${themeTokens('bigscreen').surface}"`);
    expect(stdout).not.toContain(`fill="${themeTokens('portal').surface}"`);
  });

  it('an illustrative map carries the 示意数据 badge and the map attribution', async () => {
    const { stdout } = await tongxin('render', 'wuxuan/map.json');
    const words = texts(stdout);
    expect(words).toContain('示意数据');
    expect(words.some((t) => t.startsWith('底图：'))).toBe(true);
  });

  it('a dashboard needs --view, and names the views it has', async () => {
    const none = await tongxin('render', 'wuxuan/dashboard.json');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('[no-view]');
    expect(none.stderr).toContain('"map"、"kpi"、"trend"、"funds"');
    const wrong = await tongxin('render', 'wuxuan/dashboard.json', '--view', 'nope', '--locale', 'en');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('/views  The spec has no view with id "nope" [no-view]');
    expect(wrong.stderr).toContain('Views: "map", "kpi", "trend", "funds".');
  });

  it('bad usage exits 2 with the usage; an invalid spec exits 1 with its errors', async () => {
    const size = await tongxin('render', 'wuxuan/map.json', '--width', 'wide');
    expect(size.code).toBe(2);
    expect(size.stderr).toContain('--width');
    expect(size.stderr).toContain('tongxin render');
    const theme = await tongxin('render', 'wuxuan/map.json', '--theme', 'neon');
    expect(theme.code).toBe(2);
    const invalid = await tongxin('render', '../test/fixtures/specs/invalid/' + invalidFixture());
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/\[[a-z-]+\]/);
  });
});

function invalidFixture(): string {
  return readdirSync(join(dataDir, '../test/fixtures/specs/invalid')).find((f) => f.endsWith('.json'))!;
}
