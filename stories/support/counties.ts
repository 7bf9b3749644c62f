/** The demo counties whose files live in data/<id>/ (served at ./data/ by Storybook). */
export const COUNTIES = {
  wuxuan: { zh: '武宣县', en: 'Wuxuan' },
  donglan: { zh: '东兰县', en: 'Donglan' },
  yuanan: { zh: '远安县', en: "Yuan'an" },
  qianwei: { zh: '犍为县', en: 'Qianwei' },
  heshan: { zh: '合山市', en: 'Heshan' },
  laibin: { zh: '来宾市', en: 'Laibin' },
} as const;

export type CountyId = keyof typeof COUNTIES;

/** The spec files each county has, one per element (and the dashboard). */
export type SpecFile = 'map' | 'coverage' | 'trend' | 'funds' | 'kpi' | 'dashboard';

/**
 * URL of a county's spec, relative to iframe.html so the static build works under any path.
 * The `segment` inserts a story-fetch stand-in (see story-fetch.ts) or a folder that does not exist.
 */
export function specUrl(county: CountyId, file: SpecFile, segment = ''): string {
  return `data/${segment}${county}/${file}.json`;
}

/** A story drawing `county`'s spec for this element. */
export function countyStory(county: CountyId, file: SpecFile) {
  return { args: { src: specUrl(county, file) } };
}

/**
 * A county's spec, fetched and changed so that its datasets go through the flaky stand-in
 * (first answer real, then 503) and refresh every `refresh`: after the first refresh the
 * element keeps the last good data and must say they are stale. For a story's `loaders`.
 */
export async function flakySpec(county: CountyId, file: SpecFile, refresh = '5s'): Promise<{ spec: object }> {
  const specHref = new URL(specUrl(county, file), document.baseURI);
  const response = await fetch(specHref);
  if (!response.ok) throw new Error(`${specHref}: HTTP ${response.status}`);
  const spec = (await response.json()) as { refresh?: string; datasets?: Record<string, { url?: string }> };
  const flakyBase = new URL(specUrl(county, file, '__flaky__/'), document.baseURI);
  for (const dataset of Object.values(spec.datasets ?? {})) {
    if (dataset.url) dataset.url = new URL(dataset.url, flakyBase).href;
  }
  return { spec: { ...spec, refresh } };
}
