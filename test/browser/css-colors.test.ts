// Any CSS colour for every token: a portal writes `--tx-color-ramp-3: navy`, `hsl()`, `oklch()` or
// `color-mix()`, and the element draws it (ECharts reads only hex/rgb/hsl, so the elements hand it a
// colour resolved by the browser) and puts light labels on dark fills (contrast on the real colour).
import { expect } from '@esm-bundle/chai';
import { cssColor } from '../../packages/elements/src/shared/theme-style.ts';
import { SPECS } from './fixtures/specs.ts';
import { cleanup, nextEvent, type TxElement } from './helpers.ts';

afterEach(cleanup);

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

async function mountStyled(tag: keyof typeof SPECS, properties: Record<string, string>): Promise<TxElement> {
  const el = document.createElement(tag) as TxElement;
  el.style.width = '640px';
  for (const [name, value] of Object.entries(properties)) el.style.setProperty(name, value);
  el.spec = { ...SPECS[tag](), theme: 'portal' };
  const drawn = nextEvent(el, 'tx-render');
  document.body.append(el);
  await drawn;
  await el.updateComplete;
  return el;
}

/** The label colours of the map's regions, from the option drawn. */
function regionLabelColors(el: TxElement): string[] {
  const series = (el.option!.series as { data?: { label?: { color?: string } }[] }[])[0];
  return (series.data ?? []).map((d) => d.label?.color).filter((c): c is string => typeof c === 'string');
}

/** How many canvas pixels have exactly this colour. */
function pixelsOf(el: TxElement, [r, g, b]: number[]): number {
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) <= 3 && data[i + 3] === 255) n++;
  return n;
}

const ramp = (value: string) => Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`--tx-color-ramp-${i}`, value]));

describe('any CSS colour for the tokens', () => {
  it('cssColor resolves names, hsl(), oklch(), color-mix() and var()-free values through the browser', () => {
    expect(cssColor('navy')).to.equal('#000080');
    expect(cssColor('hsl(240 100% 25.1%)')).to.equal('#000080');
    expect(cssColor('color-mix(in srgb, navy 50%, white)')).to.match(/^#(7f|80)(7f|80)c0$/);
    expect(cssColor('oklch(0.3 0.1 260)')).to.match(/^#[0-9a-f]{6}$/);
    expect(cssColor('rgb(0 0 128 / 50%)')).to.equal('rgba(0, 0, 128, 0.5)');
    expect(cssColor('not-a-colour')).to.equal(undefined);
  });

  for (const [name, value, rgb] of [
    ['a name', 'navy', [0, 0, 128]],
    ['hsl()', 'hsl(240 100% 25.1%)', [0, 0, 128]],
    ['color-mix()', 'color-mix(in srgb, navy 90%, black)', [0, 0, 115]],
  ] as const) {
    it(`townships filled with ${name} (${value}) are drawn in it and labelled in a light colour`, async () => {
      const el = await mountStyled('tx-county-map', ramp(value));
      const labels = regionLabelColors(el);
      expect(labels.length).to.be.greaterThan(0);
      for (const color of labels) {
        expect(color, `label ${color}`).to.match(/^#[0-9a-f]{6}$/);
        expect(luminance(color), `label ${color} on ${value}`).to.be.greaterThan(0.5);
      }
      expect(pixelsOf(el, [...rgb]), `pixels of ${value}`).to.be.greaterThan(500);
    });
  }

  it('an oklch() palette colour is what the fund chart paints', async () => {
    const el = await mountStyled('tx-fund-chart', { '--tx-color-palette-1': 'oklch(0.55 0.2 145)' });
    const hex = cssColor('oklch(0.55 0.2 145)')!;
    const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    expect(pixelsOf(el, rgb)).to.be.greaterThan(1000);
  });
});
