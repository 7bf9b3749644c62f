/**
 * The absolute URL of a dataset: `url` resolved against the spec's own URL
 * (`baseUrl`), as a browser resolves a link in a page. Without a base, an
 * absolute `url` is returned as is and a relative one unchanged (the caller's
 * fetch resolves it against the page).
 */
export function resolveDatasetUrl(url: string, baseUrl?: string | URL): string {
  if (baseUrl != null && baseUrl !== '') return new URL(url, baseUrl).href;
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}
