// Core reads CSS colours with its own small parser (packages/core/src/theme/css-color.ts) instead
// of culori, which was ~50 kB of every element's startup code. It must read every colour exactly as
// culori 4 did (registered with the CSS Color 4 modes, as core used it): the same colours accepted,
// the same sRGB channels to the last bit, the same alpha. culori stays a dev dependency for this.
import {
  colorsNamed, converter, modeA98, modeHsl, modeHwb, modeLab, modeLch, modeOklab, modeOklch, modeP3, modeProphoto,
  modeRec2020, modeRgb, modeXyz50, modeXyz65, parse, useMode,
} from 'culori/fn';
import { describe, expect, it } from 'vitest';
import { parseCssColor } from '../../../packages/core/src/theme/css-color.ts';

for (const mode of [modeRgb, modeHsl, modeHwb, modeLab, modeLch, modeOklab, modeOklch, modeP3, modeA98, modeProphoto, modeRec2020, modeXyz50, modeXyz65]) {
  useMode(mode);
}
const toRgb = converter('rgb');

/** What culori made of `css`: unclipped sRGB channels (a missing one is 0) and alpha, or undefined. */
function culoriRead(css: string): [number, number, number, number | undefined] | undefined {
  const parsed = parse(css);
  const rgb = parsed && toRgb(parsed);
  return rgb ? [rgb.r ?? 0, rgb.g ?? 0, rgb.b ?? 0, rgb.alpha] : undefined;
}

function ourRead(css: string): [number, number, number, number | undefined] | undefined {
  const rgb = parseCssColor(css);
  return rgb ? [rgb.r, rgb.g, rgb.b, rgb.alpha] : undefined;
}

/** A deterministic pseudo-random sequence, so a failure names the same inputs every run. */
function sequence(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const FUNCTIONS = [
  'rgb(', 'rgba(', 'hsl(', 'hsla(', 'hwb(', 'lab(', 'lch(', 'oklab(', 'oklch(', 'RGB(', 'foo(',
  'color(srgb ', 'color(display-p3 ', 'color(a98-rgb ', 'color(prophoto-rgb ', 'color(rec2020 ', 'color(xyz ',
  'color(xyz-d50 ', 'color(xyz-d65 ', 'color(srgb-linear ', 'color(bogus ',
];
const CHANNELS = ['0', '1', '0.5', '.25', '128', '255', '300', '-20', '50%', '120%', '-5%', 'none', '30deg', '1.2rad', '100grad', '0.3turn', '1e2', '2.5e-1', '+3', '0.3'];
const ALPHAS = ['', ' / 0.5', ' / 50%', ' / none', ' / 2', '/0.25', ' / 10deg'];

function corpus(): string[] {
  const random = sequence(42);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const out: string[] = [];
  for (const fn of FUNCTIONS) {
    for (let i = 0; i < 400; i++) {
      const channels = Array.from({ length: random() < 0.1 ? 2 : random() < 0.1 ? 4 : 3 }, () => pick(CHANNELS));
      out.push(`${fn}${channels.join(' ')}${pick(ALPHAS)}${random() < 0.95 ? ')' : ''}`);
      out.push(`${fn}${channels.join(', ')}${random() < 0.5 ? `, ${pick(CHANNELS)}` : ''})`);
    }
  }
  const ranges: [string, number, number][] = [
    ['rgb(', 300, -20], ['hsl(', 400, -20], ['hwb(', 120, -10], ['lab(', 200, -50], ['lch(', 200, -20], ['oklab(', 1, -0.2],
    ['oklch(', 1, -0.1], ['color(display-p3 ', 1.2, -0.1], ['color(rec2020 ', 1.2, -0.1], ['color(prophoto-rgb ', 1.2, -0.1],
    ['color(a98-rgb ', 1.2, -0.1], ['color(xyz-d50 ', 1.2, -0.1],
  ];
  for (let i = 0; i < 6000; i++) {
    const [fn, span, low] = ranges[i % ranges.length];
    const channel = () => (random() * span + low).toFixed(3);
    out.push(`${fn}${channel()} ${channel()} ${channel()})`, `${fn}${channel()}, ${channel()}%, ${channel()}%)`);
  }
  return out;
}

const NAMED_AND_ODD = [
  'navy', 'NAVY', 'Navy', 'rebeccapurple', 'lightyellow', 'transparent', 'TRANSPARENT', '#008', '#0008', '#000080', '#00008080',
  '000080', 'add', '#gg0000', 'currentcolor', 'var(--x)', 'color-mix(in srgb, navy, white)', '', 'rgb(0 0 128', 'rgb(0 0 128) x',
  'rgb(0,0,128)', 'rgba(0, 0, 128, 0.5)', 'hsl(240deg, 100%, 25.1%)', 'hsl(1.2rad, 100%, 25.1%)', 'hsl(100grad, 100%, 25.1%)',
  'hsl(0.3turn, 100%, 25.1%, 50%)', 'rgb( 0 , 0 , 128 )', 'rgb(-0 -.5 1e1)', 'rgb(1 2 3 4)', 'rgb(/ 1 2 3)', 'rgb(--x 1 2)',
  'rgb(-x 1 2)', 'rgb(\u00e9 1 2)', 'rgb(1. 2 3)',
];

describe('parseCssColor reads every colour as culori 4 did', () => {
  it('every CSS named colour', () => {
    expect(Object.keys(colorsNamed)).toHaveLength(148);
    for (const name of Object.keys(colorsNamed)) expect(ourRead(name), name).toEqual(culoriRead(name));
  });

  it('hex, names, the legacy comma forms and what is not a colour', () => {
    for (const css of NAMED_AND_ODD) expect(ourRead(css), css).toEqual(culoriRead(css));
  });

  it('every function syntax over a generated corpus (channels, units, none, alpha, out of gamut), to the last bit', () => {
    const differing: string[] = [];
    let accepted = 0;
    for (const css of corpus()) {
      let expected: ReturnType<typeof culoriRead>;
      try {
        expected = culoriRead(css);
      } catch {
        continue; // culori throws on a few malformed numbers (`5e`, `/ 7px`): nothing to compare with
      }
      const actual = ourRead(css);
      if (expected) accepted++;
      const same = expected === undefined
        ? actual === undefined
        : actual !== undefined && expected.every((v, i) => Object.is(v, actual[i]) || (v === 0 && actual[i] === 0));
      if (!same) differing.push(`${css}: culori ${JSON.stringify(expected)}, ours ${JSON.stringify(actual)}`);
    }
    expect(differing.slice(0, 20)).toEqual([]);
    expect(accepted).toBeGreaterThan(5_000); // the corpus is mostly colours, not only rejections
  });
});
