/**
 * Big-screen layouts that never break (issue 12, part 4): every bundled dashboard, mounted in a
 * host box of a wall's size in both locales, measured from the DOM and from the chart's labels.
 *
 * What is counted (each must be 0):
 * - overflows: a text box (title, description, footer line, card label/value/change, summary,
 *   Back) that runs outside its card or its view's frame, or a box whose content is wider than
 *   it and that is neither a scroller nor ellipsized;
 * - overlaps: a KPI card over a control of its view (the 数据表 toggle, Back); the opened data
 *   table over the chart where the chart still shows through it, or cut off by the frame
 *   (rows that cannot be scrolled to);
 * - breaks: a KPI value with its unit drawn on more than one line box (30万/元, 4次以/上);
 * - small: a KPI card label drawn under 12 design pixels (cards wrapped onto two rows shrank it
 *   to 9–10 px before): it wraps onto a second line or ends in an ellipsis instead, whole in
 *   `title` and in the DOM;
 * - chart labels (in overflows/overlaps): a bar, line, pie or scatter series label, or an axis label
 *   or name, that overlaps another (rotated boxes compared as drawn) or runs outside the chart's
 *   canvas — as ECharts placed them, after its own overlap hiding;
 * - labels: a map label that is itself the hit target at its own centre (it would take the click
 *   meant for the region under it), normal or emphasised, and a label whose colour contrasts
 *   less than 3:1 with the fill under it or with the page, without a halo that does.
 *
 * Single views (second block): a 5,000-character title and description end in an ellipsis inside
 * every element (full text in `title` and in the DOM); a long campaign name is truncated on the
 * fund chart's axis so the bars keep half the width, and wraps inside a tooltip that stays in the
 * chart; KPI values with 12-letter English units stay one line inside their cards at 360–900 px;
 * the bundled fund, trend and coverage views at 360 and 900 px keep their chart labels apart and
 * inside the chart (the fund chart's amount axis ran 50,000 into 100,000 at 360 px in English).
 *
 * The dashboards are fitted with one uniform transform, so the four wall sizes differ only in
 * scale: every run measures all six dashboards × two locales at 1920×1080, and the other sizes
 * (1366×768, 3840×2160, 5760×1080, plus yuanan at 1600×900) for heshan and yuanan in both
 * locales and for the rest in zh-CN — 34 mounts, about a minute on one core.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { getInstanceByDom } from '../../packages/elements/src/echarts.ts';
import { mountDashboard, until, views } from './dashboard-helpers.ts';
import { fundChartSpec, SPECS } from './fixtures/specs.ts';
import { cleanup, mount } from './helpers.ts';

type Box = { left: number; top: number; right: number; bottom: number; width: number; height: number };

const counties = ['wuxuan', 'donglan', 'yuanan', 'qianwei', 'heshan', 'laibin'];
const sizes: [number, number][] = [[1366, 768], [1920, 1080], [3840, 2160], [5760, 1080]];

interface Counts { overflows: string[]; overlaps: string[]; breaks: string[]; labels: string[]; small: string[]; chartLabels: string[] }

/**
 * Smallest KPI label, in the dashboard's design pixels (every bundled dashboard is designed at
 * 1920×1080 and scaled as one, so this is 12 px on a 1920 screen and scales with the fit).
 */
const MIN_LABEL_PX = 12;

const SLACK = 1.5;
const outside = (inner: Box, outer: Box) =>
  inner.width > 0 && inner.height > 0 &&
  (inner.left < outer.left - SLACK || inner.right > outer.right + SLACK || inner.top < outer.top - SLACK || inner.bottom > outer.bottom + SLACK);
const intersects = (a: Box, b: Box) =>
  a.width > 0 && b.width > 0 && a.left < b.right - SLACK && b.left < a.right - SLACK && a.top < b.bottom - SLACK && b.top < a.bottom - SLACK;

/** Line boxes a text is drawn on: distinct tops of its text fragments. */
function lineCount(el: Element): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  const tops: number[] = [];
  for (const r of range.getClientRects()) {
    if (r.width === 0) continue;
    if (!tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
  }
  return tops.length;
}

/** Content wider than the box, where the box neither scrolls nor ellipsizes. */
function runsOut(el: HTMLElement): boolean {
  const style = getComputedStyle(el);
  if (style.display === 'none') return false;
  if (el.scrollWidth <= el.clientWidth + 1) return false;
  if (style.overflowX === 'auto' || style.overflowX === 'scroll') return false;
  if (style.textOverflow === 'ellipsis' && style.overflowX === 'hidden') return false;
  return true;
}

function rgb(color: string): [number, number, number] | undefined {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  const value = ctx.fillStyle as string;
  if (value.startsWith('#')) return [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16)) as [number, number, number];
  const m = /rgba?\(([^)]+)\)/.exec(value);
  if (!m) return undefined;
  const [r, g, b, a] = m[1].split(',').map(Number);
  return a === 0 ? undefined : [r, g, b];
}
function luminance([r, g, b]: [number, number, number]): number {
  const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
function contrast(a: string, b: string): number {
  const x = rgb(a), y = rgb(b);
  if (!x || !y) return 21;
  const [l1, l2] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (l1 + 0.05) / (l2 + 0.05);
}

type ZrEl = { silent?: boolean; ignore?: boolean; invisible?: boolean; parent?: ZrEl; style?: Record<string, unknown>; transform?: number[];
  getTextContent?(): ZrEl | undefined; getBoundingRect(): { x: number; y: number; width: number; height: number };
  contain?(x: number, y: number): boolean; childCount?(): number; childAt?(n: number): ZrEl };
type MapSeries = { type: string; seriesIndex: number; getData(): { count(): number; getName(i: number): string; getItemGraphicEl(i: number): ZrEl | undefined } };

/** The paths of region `i` and the label drawn on them. */
function regionParts(region: ZrEl): { paths: ZrEl[]; labels: { text: ZrEl; under: ZrEl }[] } {
  const paths: ZrEl[] = [];
  const labels: { text: ZrEl; under: ZrEl }[] = [];
  const visit = (el: ZrEl) => {
    const text = el.getTextContent?.();
    if (text && !text.ignore && !text.invisible && text.style?.text) labels.push({ text, under: el });
    if (el.childCount) for (let n = 0; n < el.childCount(); n++) visit(el.childAt!(n));
    else paths.push(el);
  };
  visit(region);
  return { paths, labels };
}

/**
 * The map labels: a label must not be the hit target over another region (it would take the click
 * meant for it) — sampled on a grid over the label, in the normal state and with its region
 * emphasised (hovered) — and must contrast with the fill under it and with the page.
 */
function measureLabels(name: string, view: HTMLElement, counts: Counts): void {
  const container = view.shadowRoot!.querySelector<HTMLElement>('[part="chart"]');
  const chart = container && getInstanceByDom(container);
  if (!chart) return;
  const model = (chart as unknown as { getModel(): { getSeries(): MapSeries[] } }).getModel();
  const zr = chart.getZr() as unknown as { handler: { findHover(x: number, y: number): { target?: ZrEl } } };
  const page = getComputedStyle(view.shadowRoot!.querySelector('[part="frame"]')!).backgroundColor;
  for (const series of model.getSeries()) {
    if (series.type !== 'series.map') continue;
    const data = series.getData();
    const regions = Array.from({ length: data.count() }, (_, i) => ({ name: data.getName(i), parts: regionParts(data.getItemGraphicEl(i) ?? { getBoundingRect: () => ({ x: 0, y: 0, width: 0, height: 0 }) }) }));
    const regionAt = (x: number, y: number) => regions.find((r) => r.parts.paths.some((p) => !p.ignore && p.contain?.(x, y)));
    const intercepts = (i: number, state: string) => {
      for (const { text } of regionParts(data.getItemGraphicEl(i)!).labels) {
        const rect = text.getBoundingRect();
        const m = text.transform ?? [1, 0, 0, 1, 0, 0];
        for (let gx = 0; gx <= 4; gx++) {
          for (let gy = 0; gy <= 2; gy++) {
            const lx = rect.x + (rect.width * (gx + 0.5)) / 5;
            const ly = rect.y + (rect.height * (gy + 0.5)) / 3;
            const x = m[0] * lx + m[2] * ly + m[4];
            const y = m[1] * lx + m[3] * ly + m[5];
            let hit = zr.handler.findHover(x, y).target;
            while (hit && hit !== text) hit = hit.parent;
            if (!hit) continue;
            const under = regionAt(x, y);
            if (under && under.name !== regions[i].name) {
              counts.labels.push(`${name} ${regions[i].name}: ${state} label takes the click meant for ${under.name}`);
              return;
            }
          }
        }
      }
    };
    for (let i = 0; i < regions.length; i++) {
      intercepts(i, 'normal');
      for (const { text, under } of regions[i].parts.labels) {
        const fill = String(text.style!.fill ?? '');
        const halo = Number(text.style!.lineWidth ?? 0) >= 1 ? String(text.style!.stroke ?? '') : '';
        for (const ground of [String((under.style?.fill as string | undefined) ?? ''), page]) {
          if (!ground) continue;
          if (contrast(fill, ground) >= 3) continue;
          if (halo && contrast(halo, fill) >= 3 && contrast(halo, ground) >= 1.2) continue;
          counts.labels.push(`${name} ${regions[i].name}: label ${fill} on ${ground}`);
        }
      }
    }
    for (let i = 0; i < regions.length; i++) {
      chart.dispatchAction({ type: 'highlight', seriesIndex: series.seriesIndex, dataIndex: i });
      (chart.getZr() as unknown as { flush(): void }).flush();
      intercepts(i, 'emphasised');
      chart.dispatchAction({ type: 'downplay', seriesIndex: series.seriesIndex, dataIndex: i });
    }
  }
}

type Quad = [number, number][];
type ChartEl = ZrEl & { type?: string; eachChild?(f: (c: ChartEl) => void): void; isGroup?: boolean };

/** A text element's four corners on the canvas (its global transform applied, so rotated labels stay tight). */
function quadOf(text: ZrEl): Quad {
  const r = text.getBoundingRect();
  const m = text.transform ?? [1, 0, 0, 1, 0, 0];
  return ([[r.x, r.y], [r.x + r.width, r.y], [r.x + r.width, r.y + r.height], [r.x, r.y + r.height]] as [number, number][])
    .map(([x, y]) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]] as [number, number]);
}

/** Two convex quads overlap by more than SLACK along every separating axis (SAT). */
function quadsOverlap(a: Quad, b: Quad): boolean {
  for (const quad of [a, b]) {
    for (let i = 0; i < 4; i++) {
      const [x1, y1] = quad[i];
      const [x2, y2] = quad[(i + 1) % 4];
      const length = Math.hypot(x2 - x1, y2 - y1);
      if (length === 0) continue;
      const axis = [-(y2 - y1) / length, (x2 - x1) / length];
      const project = (q: Quad) => q.map(([x, y]) => x * axis[0] + y * axis[1]);
      const pa = project(a), pb = project(b);
      if (Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb)) <= SLACK) return false;
    }
  }
  return true;
}

/** Shown: neither it nor a group above it is ignored or invisible, and it has text. */
function shown(el: ZrEl): boolean {
  for (let e: ZrEl | undefined = el; e; e = e.parent ?? (e as { __hostTarget?: ZrEl }).__hostTarget) {
    if (e.ignore || e.invisible) return false;
  }
  return Boolean(el.style?.text) && Number(el.style?.opacity ?? 1) > 0;
}

/** The texts a component or series view draws: text elements and the labels attached to shapes. */
function textsOf(group: ChartEl | undefined): ZrEl[] {
  const texts: ZrEl[] = [];
  const visit = (el: ChartEl) => {
    const label = el.getTextContent?.();
    if (label && shown(label)) texts.push(label);
    if (el.type === 'text' && shown(el)) texts.push(el);
    el.eachChild?.(visit);
  };
  if (group) visit(group);
  return texts;
}

type EchartsModel = {
  getSeries(): { type: string; name?: string; seriesIndex: number }[];
  eachComponent(type: string, f: (m: { mainType: string; componentIndex: number }) => void): void;
};

/**
 * The chart's own labels (issue 12 leftover): bar, line and pie series labels and the axes'
 * labels and names, as ECharts placed them. None may overlap another (rotated boxes compared
 * as drawn) or run outside the chart's canvas. Map labels are checked by measureLabels.
 */
function measureChartLabels(name: string, view: HTMLElement, counts: Counts): void {
  const container = view.shadowRoot!.querySelector<HTMLElement>('[part="chart"]');
  const chart = container && getInstanceByDom(container);
  if (chart) measureLabelBoxes(name, chart, counts);
}

function measureLabelBoxes(name: string, chart: NonNullable<ReturnType<typeof getInstanceByDom>>, counts: Counts): void {
  const internals = chart as unknown as { getModel(): EchartsModel; getViewOfComponentModel(m: unknown): { group: ChartEl } | undefined; getViewOfSeriesModel(m: unknown): { group: ChartEl } | undefined };
  const model = internals.getModel();
  (chart.getZr() as unknown as { flush(): void }).flush();
  const labels: { what: string; text: string; quad: Quad }[] = [];
  for (const series of model.getSeries()) {
    const type = series.type.replace('series.', '');
    if (!['bar', 'line', 'pie', 'scatter', 'effectScatter'].includes(type)) continue;
    for (const text of textsOf(internals.getViewOfSeriesModel(series)?.group)) labels.push({ what: `${type} label`, text: String(text.style!.text), quad: quadOf(text) });
  }
  for (const axisType of ['xAxis', 'yAxis', 'radiusAxis', 'angleAxis', 'singleAxis']) {
    model.eachComponent(axisType, (axis) => {
      for (const text of textsOf(internals.getViewOfComponentModel(axis)?.group)) labels.push({ what: `${axisType} label`, text: String(text.style!.text), quad: quadOf(text) });
    });
  }
  counts.chartLabels.push(...labels.map((l) => l.what));
  const width = chart.getWidth();
  const height = chart.getHeight();
  for (const label of labels) {
    const xs = label.quad.map(([x]) => x), ys = label.quad.map(([, y]) => y);
    if (Math.min(...xs) < -SLACK || Math.max(...xs) > width + SLACK || Math.min(...ys) < -SLACK || Math.max(...ys) > height + SLACK) {
      counts.overflows.push(`${name} ${label.what} “${label.text.slice(0, 24)}”: outside the ${Math.round(width)}×${Math.round(height)} chart`);
    }
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (quadsOverlap(labels[i].quad, labels[j].quad)) counts.overlaps.push(`${name} ${labels[i].what} “${labels[i].text.slice(0, 24)}” over ${labels[j].what} “${labels[j].text.slice(0, 24)}”`);
    }
  }
}

async function measure(name: string, dashboard: HTMLElement): Promise<Counts> {
  const counts: Counts = { overflows: [], overlaps: [], breaks: [], labels: [], small: [], chartLabels: [] };
  for (const [id, view] of views(dashboard)) {
    const where = `${name} ${id}`;
    const root = view.shadowRoot!;
    const frame = root.querySelector<HTMLElement>('[part="frame"]')!;
    const frameBox = frame.getBoundingClientRect();
    if (runsOut(frame)) counts.overflows.push(`${where}: frame content ${frame.scrollWidth} > ${frame.clientWidth}`);
    const texts = root.querySelectorAll<HTMLElement>('.title, .description, .footer p, .back, .badge, summary, .card, .card-label, .card-value, .card-change');
    for (const el of texts) {
      if (getComputedStyle(el).display === 'none') continue;
      const label = `${where} .${el.className.split(' ')[0] || el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 24)}”`;
      if (outside(el.getBoundingClientRect(), frameBox)) counts.overflows.push(`${label}: outside the frame`);
      else if (runsOut(el)) counts.overflows.push(`${label}: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    const controls = [...root.querySelectorAll<HTMLElement>('summary, .back')];
    for (const card of root.querySelectorAll<HTMLElement>('.card')) {
      const cardBox = card.getBoundingClientRect();
      for (const part of card.querySelectorAll<HTMLElement>('.card-label, .card-value, .card-change')) {
        if (outside(part.getBoundingClientRect(), cardBox)) counts.overflows.push(`${where} “${part.textContent}”: outside its card`);
      }
      for (const control of controls) {
        if (intersects(cardBox, control.getBoundingClientRect())) counts.overlaps.push(`${where} card “${card.querySelector('.card-label')?.textContent}” over ${control.textContent?.trim()}`);
      }
      const cardLabel = card.querySelector<HTMLElement>('.card-label');
      if (cardLabel) {
        const size = parseFloat(getComputedStyle(cardLabel).fontSize);
        if (size < MIN_LABEL_PX - 0.05) counts.small.push(`${where} label “${cardLabel.textContent}” at ${size.toFixed(1)} px`);
        const clipped = cardLabel.scrollHeight > cardLabel.clientHeight + 1 || cardLabel.scrollWidth > cardLabel.clientWidth + 1;
        if (clipped && cardLabel.getAttribute('title') !== cardLabel.textContent) counts.small.push(`${where} label “${cardLabel.textContent}” cut short without its full text in title`);
      }
      const value = card.querySelector('.card-value');
      if (value && lineCount(value) > 1) counts.breaks.push(`${where} “${value.textContent}” on ${lineCount(value)} lines`);
    }
    measureLabels(where, view, counts);
    measureChartLabels(where, view, counts);
  }
  return counts;
}

/** Open each view's data table in turn: it must not mix with the chart, nor be cut off. */
async function measureTables(name: string, dashboard: HTMLElement, counts: Counts): Promise<void> {
  for (const [id, view] of views(dashboard)) {
    const root = view.shadowRoot!;
    const details = root.querySelector<HTMLDetailsElement>('details[part="table"]');
    if (!details) continue;
    details.open = true;
    await until(() => root.querySelector('.table-scroll'), 'the table rows');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const where = `${name} ${id} table`;
    const frameBox = root.querySelector('[part="frame"]')!.getBoundingClientRect();
    const scroll = root.querySelector<HTMLElement>('.table-scroll')!;
    const scrollBox = scroll.getBoundingClientRect();
    // Cut off: the scroller runs past the frame (its last rows cannot be reached), or is squeezed to nothing.
    if (outside(scrollBox, frameBox) || scrollBox.height < 24) counts.overlaps.push(`${where}: cut off by the frame (${Math.round(scrollBox.top)}–${Math.round(scrollBox.bottom)} in ${Math.round(frameBox.top)}–${Math.round(frameBox.bottom)})`);
    const chart = root.querySelector<HTMLElement>('[part="chart"], [part~="cards"]');
    if (chart && intersects(scrollBox, chart.getBoundingClientRect())) {
      // Over the chart is fine only as an opaque layer on top of it (a drawer): probe the middle of the overlap.
      const c = chart.getBoundingClientRect();
      const x = (Math.max(c.left, scrollBox.left) + Math.min(c.right, scrollBox.right)) / 2;
      const y = (Math.max(c.top, scrollBox.top) + Math.min(c.bottom, scrollBox.bottom)) / 2;
      const top = root.elementFromPoint(x, y);
      const drawer = details.contains(top) || top === details;
      let opaque = false;
      for (let el: Element | null = top; el && el !== frame(root); el = el.parentElement) {
        if (rgb(getComputedStyle(el).backgroundColor)) { opaque = true; break; }
      }
      if (!drawer || !opaque) counts.overlaps.push(`${where}: drawn over the chart`);
    }
    const download = root.querySelector<HTMLElement>('.download');
    if (download && outside(download.getBoundingClientRect(), frameBox)) counts.overlaps.push(`${where}: CSV button cut off`);
    details.open = false;
    await until(() => !root.querySelector('.table-scroll'), 'the table to close');
  }
}
const frame = (root: ShadowRoot) => root.querySelector('[part="frame"]');

function cases(): { county: string; width: number; height: number; locale: string }[] {
  const list: { county: string; width: number; height: number; locale: string }[] = [];
  for (const county of counties) {
    for (const locale of ['zh-CN', 'en']) list.push({ county, width: 1920, height: 1080, locale });
  }
  for (const [width, height] of sizes.filter(([w]) => w !== 1920)) {
    for (const county of counties) {
      for (const locale of county === 'heshan' || county === 'yuanan' ? ['zh-CN', 'en'] : ['zh-CN']) list.push({ county, width, height, locale });
    }
  }
  for (const locale of ['zh-CN', 'en']) list.push({ county: 'yuanan', width: 1600, height: 900, locale });
  return list;
}

describe('big-screen layouts (every bundled dashboard, wall sizes, both locales)', function () {
  this.timeout(15 * 60 * 1000);
  const totals = { overflows: 0, overlaps: 0, breaks: 0, labels: 0, small: 0 };
  const report: string[] = [];

  after(() => {
    // The counts the issue asks for, printed for the record.
    console.log(`layout totals ${JSON.stringify(totals)}\n${report.join('\n')}`);
  });

  for (const { county, width, height, locale } of cases()) {
    it(`${county} ${width}×${height} ${locale}: no overflow, overlap, mid-word break or label in the way`, async () => {
      await setViewport({ width: Math.min(width, 3840), height: Math.min(height, 2160) });
      const { host, dashboard } = await mountDashboard({ src: `/data/${county}/dashboard.json`, width, height, attrs: { locale, 'no-tour': '' } });
      try {
        await new Promise((r) => setTimeout(r, 150));
        const name = `${county} ${width}×${height} ${locale}`;
        const counts = await measure(name, dashboard);
        await measureTables(name, dashboard, counts);
        for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += counts[key].length;
        report.push(`  chart labels measured: ${JSON.stringify(Object.fromEntries([...new Set(counts.chartLabels)].map((w) => [w, counts.chartLabels.filter((x) => x === w).length])))}`);
        report.push(`${name}: ${counts.overflows.length} overflows, ${counts.overlaps.length} overlaps, ${counts.breaks.length} breaks, ${counts.labels.length} labels, ${counts.small.length} small KPI labels`);
        const problems = [...counts.overflows, ...counts.overlaps, ...counts.breaks, ...counts.labels, ...counts.small];
        if (problems.length) report.push(...problems.map((p) => `  ${p}`));
        expect(problems, problems.join('\n')).to.deep.equal([]);
      } finally {
        host.remove();
      }
    });
  }
});

describe('single views: long texts ellipsize, tooltips stay inside, long units fit', function () {
  this.timeout(60_000);
  afterEach(cleanup);
  const longTitle = `${'合山市政协委员联络站建设投入'.repeat(360)}完`;

  for (const tag of Object.keys(SPECS) as (keyof typeof SPECS)[]) {
    it(`${tag}: a 5,000-character title ends in an ellipsis inside the frame, whole in title and in the DOM`, async () => {
      const spec = { ...SPECS[tag](), title: longTitle, description: longTitle };
      const { el } = await mount(tag, { spec });
      const root = el.shadowRoot!;
      const frame = root.querySelector<HTMLElement>('[part="frame"]')!;
      const title = root.querySelector<HTMLElement>('[part="title"]')!;
      const description = root.querySelector<HTMLElement>('[part="description"]')!;
      expect(frame.scrollWidth, 'frame content width').to.be.at.most(frame.clientWidth + 1);
      expect(el.scrollWidth, 'element content width').to.be.at.most(el.clientWidth + 1);
      const frameBox = frame.getBoundingClientRect();
      for (const box of [title, description]) {
        expect(outside(box.getBoundingClientRect(), frameBox), `${box.className} inside the frame`).to.equal(false);
        expect(box.getBoundingClientRect().height, `${box.className} at most two lines`).to.be.below(80);
        expect(box.getAttribute('title')).to.equal(longTitle);
        expect(box.textContent).to.equal(longTitle);
      }
      expect(getComputedStyle(title).textOverflow).to.equal('ellipsis');
    });
  }

  it('tx-fund-chart: a long campaign name is truncated on the axis (bars keep their width) and wraps inside the tooltip', async () => {
    const longName = `委员乡镇联络站建设${'与乡村振兴产业帮扶'.repeat(12)}专项捐资`;
    const spec = fundChartSpec();
    spec.datasets.funds.values[0].campaign = longName;
    const { el } = await mount('tx-fund-chart', { spec, width: 640 });
    const chart = el.chart!;
    const grid = (chart as unknown as { getModel(): { getComponent(t: string): { coordinateSystem: { getRect(): { width: number } } } } }).getModel().getComponent('grid').coordinateSystem.getRect();
    expect(grid.width, 'the bars’ room').to.be.above(chart.getWidth() * 0.5);
    chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 });
    const container = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    const tip = await until(() => [...container.querySelectorAll<HTMLElement>('div')].find((d) => d.textContent?.includes('专项捐资') && getComputedStyle(d).position === 'absolute' && d.querySelector('strong')), 'the tooltip');
    await until(() => getComputedStyle(tip).display !== 'none' && tip.getBoundingClientRect().width > 0, 'the tooltip shown');
    await new Promise((r) => setTimeout(r, 500));
    const box = tip.getBoundingClientRect();
    const area = container.getBoundingClientRect();
    expect(outside(box, area), `tooltip ${JSON.stringify(box)} inside the chart ${JSON.stringify(area)}`).to.equal(false);
    expect(tip.scrollWidth, 'nothing clipped in the tooltip').to.be.at.most(tip.clientWidth + 1);
    expect(tip.textContent).to.contain(longName);
  });

  // The bundled single-view specs with axes or series labels, narrow (a phone) and wide.
  const chartSpecs = ['wuxuan/funds', 'wuxuan/trend', 'wuxuan/coverage', 'donglan/funds', 'heshan/funds', 'heshan/coverage', 'qianwei/funds', 'qianwei/trend', 'qianwei/coverage', 'yuanan/funds', 'yuanan/trend'];
  const chartCases: [number, string][] = [[360, 'zh-CN'], [360, 'en'], [900, 'en']];
  for (const file of chartSpecs) {
    it(`${file}.json at ${chartCases.map(([w, l]) => `${w} px ${l}`).join(', ')}: no chart label over another or out of the chart`, async () => {
      const spec = await (await fetch(`/data/${file}.json`)).json() as { kind: string };
      for (const [width, locale] of chartCases) {
        const { el } = await mount(`tx-${spec.kind}`, { attrs: { src: `/data/${file}.json`, locale }, width });
        const counts: Counts = { overflows: [], overlaps: [], breaks: [], labels: [], small: [], chartLabels: [] };
        measureChartLabels(`${file} ${width} px ${locale}`, el, counts);
        expect(counts.chartLabels, 'labels measured').not.to.be.empty;
        expect([...counts.overflows, ...counts.overlaps]).to.deep.equal([]);
        el.remove();
      }
    });
  }

  it('the chart-label check sees labels that overlap or run out of the chart (it can fail)', async () => {
    const { el } = await mount('tx-fund-chart', { spec: fundChartSpec(), width: 640 });
    const chart = el.chart!;
    const counts: Counts = { overflows: [], overlaps: [], breaks: [], labels: [], small: [], chartLabels: [] };
    measureLabelBoxes('fund chart', chart, counts);
    expect(counts.chartLabels, 'labels measured').to.include.members(['bar label', 'xAxis label', 'yAxis label']);
    expect([...counts.overflows, ...counts.overlaps], 'as drawn').to.deep.equal([]);
    // The same chart made wrong on purpose: amount-axis labels too big for their ticks (and not hidden), bar labels pushed off the canvas.
    chart.setOption({ xAxis: { axisLabel: { fontSize: 64, hideOverlap: false } }, series: [{ label: { position: [-2000, 0] } }] });
    const broken: Counts = { overflows: [], overlaps: [], breaks: [], labels: [], small: [], chartLabels: [] };
    measureLabelBoxes('fund chart', chart, broken);
    expect(broken.overlaps.some((o) => /xAxis label .* over xAxis label/.test(o)), broken.overlaps.join('\n')).to.equal(true);
    expect(broken.overflows.some((o) => /bar label .*outside/.test(o)), broken.overflows.join('\n')).to.equal(true);
  });

  it('the opened data table is a drawer inside the frame, over the chart, that Escape closes with focus back on its summary', async () => {
    const { el } = await mount('tx-fund-chart', { spec: fundChartSpec(), width: 640 });
    const root = el.shadowRoot!;
    const summary = root.querySelector<HTMLElement>('[part="table"] summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => root.querySelector('.table-scroll'), 'the table to open');
    const details = root.querySelector<HTMLDetailsElement>('[part="table"]')!;
    const frameBox = root.querySelector('[part="frame"]')!.getBoundingClientRect();
    expect(outside(details.getBoundingClientRect(), frameBox), 'the drawer inside the frame').to.equal(false);
    const chart = root.querySelector('[part="chart"]')!.getBoundingClientRect();
    expect(details.contains(root.elementFromPoint(chart.left + chart.width / 2, chart.top + chart.height / 2)), 'the drawer over the chart').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !details.open, 'Escape to close the table');
    expect(root.activeElement).to.equal(summary);
  });

  it('tx-kpi: 12-letter English unit words stay on one line inside their cards', async () => {
    const spec = { version: 1, kind: 'kpi', id: 'kpi', locale: 'en', title: 'Members', items: [
      { label: 'Study sessions', value: 1200, unitLabel: 'participants', qualifier: 'over' },
      { label: 'Consultations', value: 34, unitLabel: 'consultations' },
      { label: 'Volunteers', value: 8200, unit: 'person-times', qualifier: 'over' },
      { label: 'Funds', value: 785000, unit: 'yuan' },
    ] };
    for (const width of [360, 560, 900]) {
      const { el } = await mount('tx-kpi', { spec, width });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      for (const card of el.shadowRoot!.querySelectorAll<HTMLElement>('.card')) {
        const value = card.querySelector<HTMLElement>('.card-value')!;
        expect(lineCount(value), `${width}px “${value.textContent}” lines`).to.equal(1);
        expect(outside(value.getBoundingClientRect(), card.getBoundingClientRect()), `${width}px “${value.textContent}” inside its card`).to.equal(false);
        expect(value.scrollWidth, `${width}px “${value.textContent}” not clipped`).to.be.at.most(value.clientWidth + 1);
      }
      el.remove();
    }
  });
});
