/**
 * Opens one entry of the built Storybook in Chromium and reports what a designer would
 * see go wrong: console errors, failed or off-site requests, alerts (hostile strings run),
 * and an element that never draws — or, for the state stories, that does not show its state.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

/** What a story promises, from its tags. */
export type Expectation = 'render' | 'error' | 'loading' | 'docs';

export function expectationOf(entry: IndexEntry): Expectation {
  if (entry.type === 'docs') return 'docs';
  if (entry.tags?.includes('expect-error')) return 'error';
  if (entry.tags?.includes('expect-loading')) return 'loading';
  return 'render';
}

/** The one kind of failure an error story may cause on purpose: the 404 of a file under __missing__/. */
const EXPECTED_MISSING = '/__missing__/';

// Runs in the page before any script: records tx-render / tx-error with their targets.
const RECORD_EVENTS = `
  window.__txEvents = [];
  for (const type of ['tx-render', 'tx-error']) {
    window.addEventListener(type, (event) => {
      window.__txEvents.push({ type, target: event.target, detail: event.detail });
    }, true);
  }
`;

export interface CheckOptions {
  origin: string;
  /** Storybook globals, e.g. `theme:bigscreen;locale:en`. */
  globals?: string;
  /** How long an element may take to draw. */
  renderTimeoutMs?: number;
  /** How long a loading story must stay loading. */
  loadingHoldMs?: number;
}

export async function checkEntry(context: BrowserContext, entry: IndexEntry, options: CheckOptions): Promise<string[]> {
  const expectation = expectationOf(entry);
  const mayMissFiles = expectation === 'error' || expectation === 'docs';
  const problems: string[] = [];
  const page = await context.newPage();
  await page.addInitScript(RECORD_EVENTS + PAGE_HELPERS);

  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url ?? '';
    if (mayMissFiles && where.includes(EXPECTED_MISSING) && msg.text().startsWith('Failed to load resource')) return;
    problems.push(`console error: ${msg.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened (${dialog.type()}: ${dialog.message()}) — text ran as code`);
    void dialog.dismiss();
  });
  page.on('requestfailed', (request) => {
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() < 400) return;
    if (mayMissFiles && response.url().includes(EXPECTED_MISSING) && response.status() === 404) return;
    problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(options.origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`off-site request blocked: ${url}`);
    return route.abort('blockedbyclient');
  });

  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const globals = options.globals ? `&globals=${encodeURIComponent(options.globals)}` : '';
  try {
    await page.goto(`${options.origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}${globals}`, {
      waitUntil: 'load',
    });
    problems.push(...(await checkState(page, expectation, entry.tags ?? [], options)));
    if (options.globals && expectation !== 'docs') problems.push(...(await checkGlobalsFollowed(page, options.globals)));
    // Late errors (a second render, a refresh) count too.
    await page.waitForTimeout(300);
  } catch (error) {
    problems.push(`could not check: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return problems;
}

/** Every element follows the toolbar's theme and locale (stories about one locale or theme set the same here). */
async function checkGlobalsFollowed(page: Page, globals: string): Promise<string[]> {
  const wanted = Object.fromEntries(globals.split(';').map((pair) => pair.split(':'))) as Record<string, string>;
  return page.evaluate(
    (wanted) =>
      topLevelTongxinElements().flatMap((el) =>
        ['theme', 'locale']
          .filter((name) => wanted[name] && el.getAttribute(name) !== wanted[name])
          .map((name) => `<${el.localName}> ${name}="${el.getAttribute(name)}", toolbar says ${wanted[name]}`),
      ),
    wanted,
  );
}

async function checkState(page: Page, expectation: Expectation, tags: string[], options: CheckOptions): Promise<string[]> {
  const timeout = options.renderTimeoutMs ?? 15_000;
  if (expectation === 'docs') {
    await page.waitForSelector('.sbdocs-content, .sbdocs', { timeout });
    await page.waitForTimeout(1500);
    return [];
  }
  await page.waitForFunction(() => topLevelTongxinElements().length > 0, undefined, { timeout }).catch(() => undefined);
  const count = await page.evaluate(() => topLevelTongxinElements().length).catch(() => 0);
  if (count === 0) return ['the story shows no tx-* element'];

  if (expectation === 'loading') {
    await page.waitForTimeout(options.loadingHoldMs ?? 2000);
    return page.evaluate(() =>
      topLevelTongxinElements().flatMap((el) => {
        const problems: string[] = [];
        const fired = eventsOf(el).map((e) => e.type);
        if (fired.length) problems.push(`<${el.localName}> fired ${fired.join(', ')} while its data had not arrived`);
        if (!visiblePart(el, 'loading')) problems.push(`<${el.localName}> shows no loading state (part="loading")`);
        return problems;
      }),
    );
  }

  const wanted = expectation === 'error' ? 'tx-error' : 'tx-render';
  const settled = await page
    .waitForFunction(
      (type) => topLevelTongxinElements().every((el) => eventsOf(el).some((e) => e.type === type || e.type === 'tx-error')),
      wanted,
      { timeout },
    )
    .then(() => true, () => false);

  if (tags.includes('expect-stale') && settled) {
    // The first refresh must fail before the data can be stale.
    await page
      .waitForFunction(() => topLevelTongxinElements().every((el) => visiblePart(el, 'stale')), undefined, { timeout: timeout * 2 })
      .catch(() => undefined);
  }

  return page.evaluate(
    ({ expectation, settled, timeout, tags }) =>
      topLevelTongxinElements().flatMap((el) => {
        const tag = `<${el.localName}>`;
        const events = eventsOf(el);
        const errors = events.filter((e) => e.type === 'tx-error');
        const renders = events.filter((e) => e.type === 'tx-render');
        if (expectation === 'error') {
          const problems: string[] = [];
          if (!errors.length) problems.push(`${tag} fired no tx-error${settled ? '' : ` within ${timeout} ms`}`);
          const shown = visiblePart(el, 'error');
          if (!shown) problems.push(`${tag} shows no error (part="error")`);
          else if (!shown.querySelector('li')) problems.push(`${tag} error state lists no problem`);
          return problems;
        }
        if (errors.length) {
          const detail = errors[0].detail as { errors?: { path?: string; message?: string }[] };
          const first = detail?.errors?.[0];
          return [`${tag} fired tx-error: ${first?.path ?? ''} ${first?.message ?? JSON.stringify(detail)}`];
        }
        if (!renders.length) return [`${tag} never fired tx-render within ${timeout} ms`];
        const problems: string[] = [];
        if (tags.includes('expect-empty')) {
          if (!renders.some((e) => (e.detail as { empty?: boolean })?.empty)) problems.push(`${tag} tx-render did not report empty`);
          if (!visiblePart(el, 'empty')) problems.push(`${tag} shows no empty state (part="empty")`);
        }
        if (tags.includes('expect-illustrative') && !visiblePart(el, 'illustrative')) {
          problems.push(`${tag} does not say its data are illustrative (part="illustrative")`);
        }
        if (tags.includes('expect-stale') && !visiblePart(el, 'stale')) {
          problems.push(`${tag} does not say its data are stale (part="stale")`);
        }
        return problems;
      }),
    { expectation, settled, timeout, tags },
  );
}

// Helpers evaluated in the page (declared for TypeScript; defined by the init script below).
declare function topLevelTongxinElements(): Element[];
declare function eventsOf(el: Element): { type: string; detail: unknown }[];
declare function visiblePart(el: Element, part: string): Element | null;

/** Page helpers, added with the event recorder. */
const PAGE_HELPERS = `
  const isTongxin = (el) => el.localName.startsWith('tx-');
  window.topLevelTongxinElements = () => {
    const root = document.querySelector('#storybook-root') ?? document.body;
    return [...root.querySelectorAll('*')].filter((el) => {
      if (!isTongxin(el)) return false;
      for (let up = el.parentElement; up; up = up.parentElement) if (isTongxin(up)) return false;
      return true;
    });
  };
  window.eventsOf = (el) => window.__txEvents.filter((e) => e.target === el);
  window.visiblePart = (el, part) => {
    const found = el.shadowRoot && el.shadowRoot.querySelector('[part~="' + part + '"]');
    return found && found.checkVisibility() && found.textContent.trim() ? found : null;
  };
`;
