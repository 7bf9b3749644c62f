/**
 * CSS colours → sRGB without a dependency: the syntaxes CSS Color 4 gives a value of its own
 * (hex, the named colours, `transparent`, rgb(), hsl(), hwb(), lab(), lch(), oklab(), oklch(),
 * color(srgb | display-p3 | a98-rgb | prophoto-rgb | rec2020 | xyz | xyz-d50 | xyz-d65)).
 * It reads exactly what culori 4 read when it did this job (the same tokens, the same legacy
 * comma forms, the same conversion constants; `test/unit/core/css-color-parser.test.ts` compares
 * the two), in a few kilobytes instead of culori's ~50 kB, which every element loaded at startup.
 */

/** sRGB channels 0–1, not yet clipped to the gamut; `alpha` 0–1 when the colour gave one. */
export interface SrgbColor {
  r: number;
  g: number;
  b: number;
  alpha?: number;
}

type Triple = [number, number, number];

// A token of the function syntax: a number, a percentage, an angle in degrees, `none`, `/ alpha`.
type Token =
  | { type: 'number' | 'percent' | 'hue'; value: number }
  | { type: 'none' }
  | { type: 'alpha'; value: Token }
  | { type: 'function' | 'ident'; name: string }
  | { type: ')' };

const NUMBER = /[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const IDENT = /(?:--|-?[^\x00-\x7F]|-?[a-zA-Z_])(?:[^\x00-\x7F]|[-\w])*/y;
const SPACE = /[ \t\n]*/y;
const HUE_UNITS: Record<string, number> = { deg: 1, rad: 180 / Math.PI, grad: 0.9, turn: 360 };

function sticky(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/** A number with its unit at `at`: `[token, next index]`, or undefined when the unit is unknown. */
function numeric(text: string, at: number): [Token, number] | undefined {
  const digits = sticky(NUMBER, text, at);
  if (digits === undefined) return undefined;
  at += digits.length;
  const unit = sticky(IDENT, text, at);
  if (unit !== undefined) {
    return unit in HUE_UNITS ? [{ type: 'hue', value: +digits * HUE_UNITS[unit] }, at + unit.length] : undefined;
  }
  if (text[at] === '%') return [{ type: 'percent', value: +digits }, at + 1];
  return [{ type: 'number', value: +digits }, at];
}

/** CSS tokens of a colour function (no commas: the legacy comma forms are read by LEGACY_*). */
function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const ch = text[at];
    if (ch === ' ' || ch === '\t' || ch === '\n') at++;
    else if (ch === ')') {
      tokens.push({ type: ')' });
      at++;
    } else if (ch === '/') {
      at += 1 + sticky(SPACE, text, at + 1)!.length;
      const alpha = numeric(text, at);
      if (alpha && alpha[0].type !== 'hue') {
        tokens.push({ type: 'alpha', value: alpha[0] });
        at = alpha[1];
      } else if (sticky(IDENT, text, at) === 'none') {
        tokens.push({ type: 'alpha', value: { type: 'none' } });
        at += 4;
      } else return undefined;
    } else if (sticky(NUMBER, text, at) !== undefined) {
      const number = numeric(text, at);
      if (!number) return undefined;
      tokens.push(number[0]);
      at = number[1];
    } else {
      const name = sticky(IDENT, text, at);
      if (name === undefined) return undefined;
      at += name.length;
      if (text[at] === '(' && name[0] !== '-') {
        tokens.push({ type: 'function', name });
        at++;
      } else tokens.push(name === 'none' ? { type: 'none' } : { type: 'ident', name });
    }
  }
  return tokens;
}

/** The three channels and the alpha after a function name (and a color() profile), or undefined. */
function coordinates(tokens: Token[], from: number, hueAllowed: boolean): Token[] | undefined {
  const coords: Token[] = [];
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === ')') {
      if (i < tokens.length - 1) return undefined;
    } else if (token.type === 'none' || token.type === 'number' || token.type === 'percent' || token.type === 'alpha' || (hueAllowed && token.type === 'hue')) {
      coords.push(token);
    } else return undefined;
  }
  if (coords.length < 3 || coords.length > 4) return undefined;
  coords[3] = coords.length === 4 ? (coords[3].type === 'alpha' ? coords[3].value : { type: 'alpha', value: coords[3] }) : { type: 'none' };
  return coords.every((c) => c.type !== 'alpha') ? coords : undefined;
}

/** A channel: numbers divided by `scale`, percentages of `percentOf` (culori's arithmetic, for identical rounding). */
function channel(token: Token, percentOf = 1, scale = 1): number | undefined {
  if (token.type === 'none') return undefined;
  const { value } = token as { value: number };
  return token.type === 'number' ? value / scale : (value * percentOf) / 100;
}
/** A hue, or lab()/lch() lightness: the number as written. */
const raw = (token: Token) => (token.type === 'none' ? undefined : (token as { value: number }).value);
const clampAlpha = (token: Token) => {
  const alpha = channel(token);
  return alpha === undefined ? undefined : Math.min(1, Math.max(0, alpha));
};
const isHue = (t: Token) => t.type === 'hue';
const isPercent = (t: Token) => t.type === 'percent';

const linearFromSrgb = (c: number) => Math.abs(c) <= 0.04045 ? c / 12.92 : (Math.sign(c) || 1) * ((Math.abs(c) + 0.055) / 1.055) ** 2.4;
const srgbFromLinear = (c: number) => Math.abs(c) > 0.0031308 ? (Math.sign(c) || 1) * (1.055 * Math.abs(c) ** (1 / 2.4) - 0.055) : c * 12.92;
const times = (m: number[], [x, y, z]: Triple): Triple => [m[0] * x + m[1] * y + m[2] * z, m[3] * x + m[4] * y + m[5] * z, m[6] * x + m[7] * y + m[8] * z];
const normalizeHue = (h: number) => ((h %= 360) < 0 ? h + 360 : h);

const XYZ65_TO_LINEAR = [3.2409699419045226, -1.5373831775700939, -0.4986107602930034, -0.9692436362808796, 1.8759675015077204, 0.0415550574071756, 0.0556300796969936, -0.2039769588889765, 1.0569715142428784];
const XYZ50_TO_LINEAR = [3.1341359569958707, -1.6173863321612538, -0.4906619460083532, -0.978795502912089, 1.916254567259524, 0.03344273116131949, 0.07195537988411677, -0.2289768264158322, 1.405386058324125];
const P3_TO_XYZ65 = [0.486570948648216, 0.265667693169093, 0.1982172852343625, 0.2289745640697487, 0.6917385218365062, 0.079286914093745, 0, 0.0451133818589026, 1.043944368900976];
const A98_TO_XYZ65 = [0.5766690429101305, 0.1855582379065463, 0.1882286462349947, 0.297344975250536, 0.6273635662554661, 0.0752914584939979, 0.0270313613864123, 0.0706888525358272, 0.9913375368376386];
const PROPHOTO_TO_XYZ50 = [0.7977666449006423, 0.1351812974005331, 0.0313477341283922, 0.2880748288194013, 0.7118352342418731, 0.0000899369387256, 0, 0, 0.8251046025104602];
const REC2020_TO_XYZ65 = [0.6369580483012911, 0.1446169035862083, 0.1688809751641721, 0.262700212011267, 0.6779980715188708, 0.059301716469862, 0, 0.0280726930490874, 1.0609850577107909];
const D50: Triple = [0.3457 / 0.3585, 1, (1 - 0.3457 - 0.3585) / 0.3585];
const REC2020_ALPHA = 1.09929682680944;
const REC2020_BETA = 0.018053968510807;

const fromLinear = (c: Triple) => c.map(srgbFromLinear) as Triple;
const fromXyz65 = (xyz: Triple) => fromLinear(times(XYZ65_TO_LINEAR, xyz));
const fromXyz50 = (xyz: Triple) => fromLinear(times(XYZ50_TO_LINEAR, xyz));

/** Hue, chroma and whiteness models in sRGB: HSV with the sextant switch (hsl() and hwb() both use it). */
function fromHsv(h: number, s: number, v: number): Triple {
  h = normalizeHue(h);
  const f = Math.abs(((h / 60) % 2) - 1);
  const [a, b, c] = [v, v * (1 - s * f), v * (1 - s)];
  return ([[a, b, c], [b, a, c], [c, a, b], [c, b, a], [b, c, a], [a, c, b]][Math.floor(h / 60)] ?? [c, c, c]) as Triple;
}

function fromHsl(h = 0, s = 0, l = 0): Triple {
  h = normalizeHue(h);
  const m1 = l + s * (l < 0.5 ? l : 1 - l);
  const m2 = m1 - (m1 - l) * 2 * Math.abs(((h / 60) % 2) - 1);
  const m3 = 2 * l - m1;
  return ([[m1, m2, m3], [m2, m1, m3], [m3, m1, m2], [m3, m2, m1], [m2, m3, m1], [m1, m3, m2]][Math.floor(h / 60)] ?? [m3, m3, m3]) as Triple;
}

function fromHwb(h = 0, w = 0, b = 0): Triple {
  if (w + b > 1) [w, b] = [w / (w + b), b / (w + b)];
  return fromHsv(h, b === 1 ? 1 : 1 - w / (1 - b), 1 - b);
}

function fromLab(l = 0, a = 0, b = 0): Triple {
  const k = 29 ** 3 / 3 ** 3;
  const e = 6 ** 3 / 29 ** 3;
  const f = (v: number) => (v ** 3 > e ? v ** 3 : (116 * v - 16) / k);
  const fy = (l + 16) / 116;
  return fromXyz50([f(a / 500 + fy) * D50[0], f(fy) * D50[1], f(fy - b / 200) * D50[2]]);
}

function fromOklab(l = 0, a = 0, b = 0): Triple {
  const lms = [
    (l + 0.3963377773761749 * a + 0.2158037573099136 * b) ** 3,
    (l - 0.1055613458156586 * a - 0.0638541728258133 * b) ** 3,
    (l - 0.0894841775298119 * a - 1.2914855480194092 * b) ** 3,
  ] as Triple;
  return fromLinear(times([4.0767416360759574, -3.3077115392580616, 0.2309699031821044, -1.2684379732850317, 2.6097573492876887, -0.3413193760026573, -0.0041960761386756, -0.7034186179359362, 1.7076146940746117], lms));
}

/** Polar (l, c, h) → (l, a, b), as lch() and oklch() store it. */
const cartesian = (l: number | undefined, c: number | undefined, h = 0): [number | undefined, number, number] =>
  [l, c ? c * Math.cos((h / 180) * Math.PI) : 0, c ? c * Math.sin((h / 180) * Math.PI) : 0];

/** color(profile r g b): the RGB profiles' channels → sRGB. */
const PROFILES: Record<string, (c: Triple) => Triple> = {
  srgb: (c) => c,
  'display-p3': (c) => fromXyz65(times(P3_TO_XYZ65, c.map(linearFromSrgb) as Triple)),
  'a98-rgb': (c) => fromXyz65(times(A98_TO_XYZ65, c.map((v) => Math.abs(v) ** (563 / 256) * Math.sign(v)) as Triple)),
  'prophoto-rgb': (c) => fromXyz50(times(PROPHOTO_TO_XYZ50, c.map((v) => Math.abs(v) >= 16 / 512 ? Math.sign(v) * Math.abs(v) ** 1.8 : v / 16) as Triple)),
  rec2020: (c) => fromXyz65(times(REC2020_TO_XYZ65, c.map((v) => Math.abs(v) < REC2020_BETA * 4.5 ? v / 4.5 : (Math.sign(v) || 1) * ((Math.abs(v) + REC2020_ALPHA - 1) / REC2020_ALPHA) ** (1 / 0.45)) as Triple)),
  xyz: fromXyz65,
  'xyz-d65': fromXyz65,
  'xyz-d50': fromXyz50,
};

/** The function syntax (space-separated, `/ alpha`): channels in sRGB, or undefined. */
function fromFunction(tokens: Token[]): SrgbColor | undefined {
  const head = tokens[0];
  if (head?.type !== 'function') return undefined;
  if (head.name === 'color') {
    const profile = tokens[1]?.type === 'ident' ? PROFILES[(tokens[1] as { name: string }).name] : undefined;
    const coords = profile && coordinates(tokens, 2, false);
    if (!coords) return undefined;
    return withAlpha(profile(coords.slice(0, 3).map((c) => channel(c) ?? 0) as Triple), coords[3]);
  }
  const coords = coordinates(tokens, 1, true);
  if (!coords) return undefined;
  const [x, y, z, alpha] = coords;
  const clamp = (v: number | undefined, hi = Infinity) => (v === undefined ? undefined : Math.min(Math.max(0, v), hi));
  switch (head.name) {
    case 'rgb':
    case 'rgba':
      if (coords.some(isHue)) return undefined;
      return withAlpha([x, y, z].map((c) => channel(c, 1, 255) ?? 0) as Triple, alpha);
    case 'hsl':
    case 'hsla':
      if (isPercent(x) || isHue(y) || isHue(z)) return undefined;
      return withAlpha(fromHsl(raw(x), channel(y, 1, 100), channel(z, 1, 100)), alpha);
    case 'hwb':
      if (isPercent(x) || isHue(y) || isHue(z)) return undefined;
      return withAlpha(fromHwb(raw(x), channel(y, 1, 100), channel(z, 1, 100)), alpha);
    case 'lab':
      if (isHue(x) || isHue(y) || isHue(z)) return undefined;
      return withAlpha(fromLab(clamp(raw(x), 100), channel(y, 125), channel(z, 125)), alpha);
    case 'lch':
      if (isHue(x) || isPercent(z)) return undefined;
      return withAlpha(fromLab(...cartesian(clamp(raw(x), 100), clamp(channel(y, 150)), raw(z))), alpha);
    case 'oklab':
      if (isHue(x) || isHue(y) || isHue(z)) return undefined;
      return withAlpha(fromOklab(clamp(channel(x), 1), channel(y, 0.4), channel(z, 0.4)), alpha);
    case 'oklch':
      if (isHue(x) || isPercent(z)) return undefined;
      return withAlpha(fromOklab(...cartesian(clamp(channel(x), 1), clamp(channel(y, 0.4)), raw(z))), alpha);
  }
  return undefined;
}

function withAlpha([r, g, b]: Triple, alpha: Token): SrgbColor {
  const a = clampAlpha(alpha);
  return a === undefined ? { r, g, b } : { r, g, b, alpha: a };
}

// The legacy comma forms: rgb(0, 0, 128), rgba(0%, 0%, 50%, 0.5), hsl(240deg, 100%, 25%, 50%).
const NUM = '([+-]?\\d*\\.?\\d+(?:[eE][+-]?\\d+)?)';
const COMMA = '\\s*,\\s*';
const ALPHA = `\\s*(?:,\\s*(?:${NUM}%|${NUM})\\s*)?\\)$`;
const LEGACY_RGB = new RegExp(`^rgba?\\(\\s*${NUM}${COMMA}${NUM}${COMMA}${NUM}${ALPHA}`);
const LEGACY_RGB_PERCENT = new RegExp(`^rgba?\\(\\s*${NUM}%${COMMA}${NUM}%${COMMA}${NUM}%${ALPHA}`);
const LEGACY_HSL = new RegExp(`^hsla?\\(\\s*(?:${NUM}(deg|grad|rad|turn)|${NUM})${COMMA}${NUM}%${COMMA}${NUM}%${ALPHA}`);
const HEX = /^#?([0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{4}|[0-9a-f]{3})$/i;

function legacyAlpha(percent: string | undefined, number: string | undefined): number | undefined {
  if (percent !== undefined) return Math.max(0, Math.min(1, +percent / 100));
  return number === undefined ? undefined : Math.max(0, Math.min(1, +number));
}

/** A legacy hsl() hue in degrees (culori's arithmetic per unit, for identical rounding). */
function legacyHue(value: number, unit: string): number {
  return unit === 'rad' ? (value / Math.PI) * 180 : unit === 'grad' ? (value / 10) * 9 : unit === 'turn' ? value * 360 : value;
}

function fromLegacy(text: string): SrgbColor | undefined {
  let m = LEGACY_RGB.exec(text);
  const rgb = m ? 255 : (m = LEGACY_RGB_PERCENT.exec(text)) ? 100 : 0;
  if (m && rgb) {
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => +v / rgb);
    const alpha = legacyAlpha(m[4], m[5]);
    return alpha === undefined ? { r, g, b } : { r, g, b, alpha };
  }
  if ((m = LEGACY_HSL.exec(text))) {
    const hue = m[3] !== undefined ? +m[3] : legacyHue(+m[1], m[2]);
    const unit = (v: string) => Math.min(Math.max(0, +v / 100), 1);
    const [r, g, b] = fromHsl(hue, unit(m[4]), unit(m[5]));
    const alpha = legacyAlpha(m[6], m[7]);
    return alpha === undefined ? { r, g, b } : { r, g, b, alpha };
  }
  return undefined;
}

/** #rgb, #rgba, #rrggbb, #rrggbbaa (the `#` optional, as culori read it). */
function fromHex(text: string): SrgbColor | undefined {
  const digits = HEX.exec(text)?.[1];
  if (!digits) return undefined;
  const pairs = digits.length < 6 ? [...digits].map((d) => d + d) : digits.match(/../g)!;
  const [r, g, b, a] = pairs.map((p) => parseInt(p, 16) / 255);
  return a === undefined ? { r, g, b } : { r, g, b, alpha: a };
}

// The CSS named colours, `name rrggbb` pairs (one string: a fraction of an object literal's bytes).
const NAMED_COLORS =
  'aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc ' +
  'bisque ffe4c4 black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a ' +
  'burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e coral ff7f50 ' +
  'cornflowerblue 6495ed cornsilk fff8dc crimson dc143c cyan 00ffff darkblue 00008b ' +
  'darkcyan 008b8b darkgoldenrod b8860b darkgray a9a9a9 darkgreen 006400 darkgrey a9a9a9 ' +
  'darkkhaki bdb76b darkmagenta 8b008b darkolivegreen 556b2f darkorange ff8c00 ' +
  'darkorchid 9932cc darkred 8b0000 darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b ' +
  'darkslategray 2f4f4f darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3 ' +
  'deeppink ff1493 deepskyblue 00bfff dimgray 696969 dimgrey 696969 dodgerblue 1e90ff ' +
  'firebrick b22222 floralwhite fffaf0 forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ' +
  'ghostwhite f8f8ff gold ffd700 goldenrod daa520 gray 808080 green 008000 greenyellow adff2f ' +
  'grey 808080 honeydew f0fff0 hotpink ff69b4 indianred cd5c5c indigo 4b0082 ivory fffff0 ' +
  'khaki f0e68c lavender e6e6fa lavenderblush fff0f5 lawngreen 7cfc00 lemonchiffon fffacd ' +
  'lightblue add8e6 lightcoral f08080 lightcyan e0ffff lightgoldenrodyellow fafad2 ' +
  'lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3 lightpink ffb6c1 lightsalmon ffa07a ' +
  'lightseagreen 20b2aa lightskyblue 87cefa lightslategray 778899 lightslategrey 778899 ' +
  'lightsteelblue b0c4de lightyellow ffffe0 lime 00ff00 limegreen 32cd32 linen faf0e6 ' +
  'magenta ff00ff maroon 800000 mediumaquamarine 66cdaa mediumblue 0000cd mediumorchid ba55d3 ' +
  'mediumpurple 9370db mediumseagreen 3cb371 mediumslateblue 7b68ee mediumspringgreen 00fa9a ' +
  'mediumturquoise 48d1cc mediumvioletred c71585 midnightblue 191970 mintcream f5fffa ' +
  'mistyrose ffe4e1 moccasin ffe4b5 navajowhite ffdead navy 000080 oldlace fdf5e6 olive 808000 ' +
  'olivedrab 6b8e23 orange ffa500 orangered ff4500 orchid da70d6 palegoldenrod eee8aa ' +
  'palegreen 98fb98 paleturquoise afeeee palevioletred db7093 papayawhip ffefd5 ' +
  'peachpuff ffdab9 peru cd853f pink ffc0cb plum dda0dd powderblue b0e0e6 purple 800080 ' +
  'rebeccapurple 663399 red ff0000 rosybrown bc8f8f royalblue 4169e1 saddlebrown 8b4513 ' +
  'salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee sienna a0522d silver c0c0c0 ' +
  'skyblue 87ceeb slateblue 6a5acd slategray 708090 slategrey 708090 snow fffafa ' +
  'springgreen 00ff7f steelblue 4682b4 tan d2b48c teal 008080 thistle d8bfd8 tomato ff6347 ' +
  'turquoise 40e0d0 violet ee82ee wheat f5deb3 white ffffff whitesmoke f5f5f5 yellow ffff00 ' +
  'yellowgreen 9acd32';
let named: Map<string, string> | undefined;

function fromName(text: string): SrgbColor | undefined {
  if (text === 'transparent') return { r: 0, g: 0, b: 0, alpha: 0 };
  if (!named) {
    const words = NAMED_COLORS.split(' ');
    named = new Map();
    for (let i = 0; i < words.length; i += 2) named.set(words[i], words[i + 1]);
  }
  const hex = named.get(text.toLowerCase());
  return hex ? fromHex(hex) : undefined;
}

/**
 * Any CSS colour with a value of its own, in sRGB (channels may lie outside 0–1 for colours
 * outside its gamut: clip before use). Undefined for what needs a page to resolve (`var()`,
 * `currentcolor`, `color-mix()`, system colours) and for what is not a colour. `text` is trimmed
 * by the caller.
 */
export function parseCssColor(text: string): SrgbColor | undefined {
  const tokens = tokenize(text);
  return (tokens && fromFunction(tokens)) ?? fromHex(text) ?? fromLegacy(text) ?? fromName(text);
}
