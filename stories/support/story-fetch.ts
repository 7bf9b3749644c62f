/**
 * Local stand-ins for a slow or flaky server, so the loading and stale states can be
 * shown without any network. Only URLs with these path segments are touched:
 *
 * - `/__pending__/…`  never answers (until the element aborts the request): the loading state.
 * - `/__flaky__/…`    answers once from the same path without the segment, then fails with 503:
 *                     the last good data, marked stale, after the element's next refresh.
 *
 * Everything else goes to the real `fetch` (files served from data/).
 */
export const PENDING_SEGMENT = '/__pending__/';
export const FLAKY_SEGMENT = '/__flaky__/';

function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}

function neverAnswer(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => {
    if (signal?.aborted) reject(abortError());
    signal?.addEventListener('abort', () => reject(abortError()), { once: true });
  });
}

/** Wraps `window.fetch` once; idempotent across hot reloads. */
export function installStoryFetch(target: typeof globalThis = globalThis): void {
  const marker = '__txStoryFetch';
  const holder = target as unknown as Record<string, unknown>;
  if (holder[marker]) return;
  holder[marker] = true;
  const realFetch = target.fetch.bind(target);
  const flakyAnswered = new Set<string>();

  target.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), target.location.href);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    if (url.pathname.includes(PENDING_SEGMENT)) return neverAnswer(signal);
    if (url.pathname.includes(FLAKY_SEGMENT)) {
      const key = url.pathname;
      if (flakyAnswered.has(key)) {
        return Promise.resolve(new Response('Service Unavailable (story: flaky server)', { status: 503, statusText: 'Service Unavailable' }));
      }
      flakyAnswered.add(key);
      url.pathname = url.pathname.replace(FLAKY_SEGMENT, '/');
      return realFetch(url.href, init);
    }
    return realFetch(input, init);
  };
}
