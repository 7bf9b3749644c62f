import { expect } from '@esm-bundle/chai';
import { CHART_TAGS, SPECS } from './fixtures/specs.ts';
import { cleanup, mount, nextEvent, paintedPixels, shadowText } from './helpers.ts';

afterEach(cleanup);

const frameBackground = (el: HTMLElement) => getComputedStyle(el.shadowRoot!.querySelector('[part="frame"]')!).backgroundColor;

describe('theme and locale', () => {
  for (const tag of [...CHART_TAGS, 'tx-kpi'] as const) {
    it(`${tag}: switching theme re-renders with the big-screen colours, the attribute beating the spec`, async () => {
      const { el } = await mount(tag, { spec: { ...SPECS[tag](), theme: 'portal' } });
      expect(frameBackground(el)).to.equal('rgb(255, 255, 255)');
      el.setAttribute('theme', 'bigscreen');
      await el.updateComplete;
      expect(frameBackground(el)).to.equal('rgb(11, 30, 63)');
      if (tag !== 'tx-kpi') {
        const axisOrLabel = JSON.stringify(el.chart!.getOption());
        expect(axisOrLabel.toLowerCase()).to.contain('#e6f1ff');
      }
      el.removeAttribute('theme');
      await el.updateComplete;
      expect(frameBackground(el)).to.equal('rgb(255, 255, 255)');
    });
  }

  it('the canvas is painted in the theme’s palette, and repainted on a switch', async () => {
    const { el } = await mount('tx-fund-chart', { spec: SPECS['tx-fund-chart']() });
    const pixelsOf = (rgb: [number, number, number]) => {
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2]) n++;
      return n;
    };
    const portalRed: [number, number, number] = [0xc2, 0x35, 0x31];
    const bigscreenCyan: [number, number, number] = [0x3f, 0xd0, 0xff];
    expect(pixelsOf(portalRed)).to.be.greaterThan(1000);
    expect(pixelsOf(bigscreenCyan)).to.equal(0);
    el.setAttribute('theme', 'bigscreen');
    await el.updateComplete;
    expect(pixelsOf(bigscreenCyan)).to.be.greaterThan(1000);
    expect(pixelsOf(portalRed)).to.equal(0);
  });

  it('switching locale changes the words on screen and in the chart', async () => {
    const { el } = await mount('tx-fund-chart', { spec: SPECS['tx-fund-chart']() });
    expect(shadowText(el)).to.contain('数据表');
    const zhOption = JSON.stringify(el.option);
    const rendered = nextEvent(el, 'tx-render');
    el.setAttribute('locale', 'en');
    await el.updateComplete;
    await rendered;
    expect(shadowText(el)).to.contain('Data table');
    expect(shadowText(el)).not.to.contain('数据表');
    const enOption = JSON.stringify(el.option);
    expect(enOption).not.to.equal(zhOption);
    expect(enOption).to.match(/yuan|million/i);
  });

  it('the page restyles a chart through --tx-color-* custom properties', async () => {
    const { el } = await mount('tx-county-map', { spec: SPECS['tx-county-map']() });
    el.style.setProperty('--tx-color-surface', 'rgb(1, 2, 3)');
    el.style.setProperty('--tx-color-region-fill', '#00ff00');
    el.requestUpdate?.();
    await el.updateComplete;
    expect(frameBackground(el)).to.equal('rgb(1, 2, 3)');
    expect(paintedPixels(el).painted).to.be.greaterThan(0);
  });
});

declare global {
  interface HTMLElement {
    requestUpdate?: () => void;
  }
}
