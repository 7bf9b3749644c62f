/** What a test watches on a page: CSP violations, console errors, Tongxin events, drawn pixels. */
import type { Browser, Locator, Page } from 'playwright-core';

export interface Watched {
  page: Page;
  /** Console messages of type error and uncaught exceptions, as text. */
  errors: string[];
  /** Every console message, as `type: text` (CSP reports appear here too). */
  console: string[];
  violations(): Promise<{ directive: string; blocked: string; sample: string; source: string }[]>;
  /** `TAG#viewId` of every tx-render seen, including views inside a dashboard (the events are composed). */
  renders(): Promise<string[]>;
  txErrors(): Promise<string[]>;
}

declare global {
  interface Window {
    __csp: { directive: string; blocked: string; sample: string; source: string }[];
    __renders: string[];
    __txErrors: string[];
  }
}

export async function watch(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Watched> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  const consoleLines: string[] = [];
  page.on('console', (m) => {
    consoleLines.push(`${m.type()}: ${m.text()}`);
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}${process.env.TX_STACK ? e.stack : ''}`));
  // Runs before any page script, outside the page's CSP.
  await page.addInitScript(() => {
    window.__csp = [];
    window.__renders = [];
    window.__txErrors = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` });
    });
    document.addEventListener('tx-render', (e) => {
      const el = e.composedPath()[0] as HTMLElement;
      window.__renders.push(`${el.tagName.toLowerCase()}#${(e as CustomEvent<{ viewId: string }>).detail.viewId}`);
    });
    document.addEventListener('tx-error', (e) => {
      window.__txErrors.push(JSON.stringify((e as CustomEvent).detail));
    });
  });
  return {
    page,
    errors,
    console: consoleLines,
    violations: () => page.evaluate(() => window.__csp),
    renders: () => page.evaluate(() => window.__renders),
    txErrors: () => page.evaluate(() => window.__txErrors),
  };
}

/**
 * How much of an element's screenshot is drawn: the share of pixels that differ from its most
 * common colour (the background), and how many distinct colours there are. Decoded in a blank
 * page of its own, since the portal's CSP (rightly) refuses data: images.
 */
export async function drawnShare(browser: Browser, target: Locator): Promise<{ share: number; colours: number; width: number; height: number }> {
  const png = (await target.screenshot({ animations: 'disabled' })).toString('base64');
  const scratch = await browser.newPage();
  try {
    return await scratch.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = ((data[i] >> 3) << 10) | ((data[i + 1] >> 3) << 5) | (data[i + 2] >> 3);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const total = data.length / 4;
      const background = Math.max(...counts.values());
      return { share: (total - background) / total, colours: counts.size, width: img.width, height: img.height };
    }, png);
  } finally {
    await scratch.close();
  }
}
