// The mistakes corpus (test/fixtures/corpus/cases.ts) through the elements, as a portal uses
// them: `<tx-… src=…>` with the datasets loaded by `url`. Each element fires tx-error with
// exactly the codes and places `tongxin validate` prints (test/unit/corpus.test.ts), shows them
// in its frame, and draws nothing.
import { expect } from '@esm-bundle/chai';
import '../../packages/elements/src/define.ts';
import type { TxErrorEvent } from '../../packages/elements/src/index.ts';
import { corpus, fileText } from '../fixtures/corpus/cases.ts';

const PREFIX = '/virtual/corpus/';
const realFetch = globalThis.fetch;

before(() => {
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
    if (!url.pathname.startsWith(PREFIX)) return realFetch(input, init);
    init?.signal?.throwIfAborted();
    const [index, name] = url.pathname.slice(PREFIX.length).split('/');
    const files = corpus[Number(index)]?.files ?? {};
    if (!Object.hasOwn(files, name)) return new Response('', { status: 404, statusText: 'Not Found' });
    return new Response(fileText(files[name]) as BodyInit, { status: 200, headers: { 'content-type': 'application/json' } });
  };
});
after(() => {
  globalThis.fetch = realFetch;
});
afterEach(() => {
  for (const el of document.querySelectorAll('[data-corpus]')) el.remove();
});

const sorted = (list: Array<[string, string]>) => list.map((p) => p.join(' ')).sort();

describe('the mistakes corpus in the elements', () => {
  corpus.forEach((c, index) => {
    it(`${c.name}: <${c.tag}> reports ${c.expected.map(([code]) => code).join(', ')}`, async () => {
      const el = document.createElement(c.tag);
      el.dataset.corpus = '';
      el.style.cssText = 'display:block;width:600px;';
      let rendered = false;
      el.addEventListener('tx-render', () => { rendered = true; });
      const failed = new Promise<TxErrorEvent>((resolve) => el.addEventListener('tx-error', resolve, { once: true }));
      el.setAttribute('locale', 'en');
      el.setAttribute('src', `${PREFIX}${index}/${c.spec}`);
      document.body.append(el);
      const event = await failed;
      const places = event.detail.errors.map((e): [string, string] => [e.code, e.dataPath !== undefined ? `${e.dataset}:${e.dataPath}` : `spec:${e.path}`]);
      expect(sorted(places)).to.deep.equal(sorted(c.expected));
      // A problem in a table's records as shaped names where the value came from (the CLI prints the same).
      const sources = Object.fromEntries(event.detail.errors.filter((e) => e.source !== undefined).map((e) => [`${e.dataset}:${e.dataPath}`, e.source]));
      expect(sources).to.deep.equal(c.sources ?? {});

      // The frame shows the same problems: every pointer and every code, as text.
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const shown = el.shadowRoot!.querySelector('[part~="status"][part~="error"]')?.textContent ?? '';
      for (const e of event.detail.errors) {
        expect(shown, c.name).to.contain(e.dataPath !== undefined ? `${e.dataset}${e.dataPath}` : e.path);
        expect(shown, c.name).to.contain(`[${e.code}]`);
        if (e.source !== undefined) expect(shown, c.name).to.contain(e.source);
      }
      expect(rendered, 'nothing drawn').to.equal(false);
      expect(el.shadowRoot!.querySelector('canvas'), 'no chart').to.equal(null);
    });
  });
});
