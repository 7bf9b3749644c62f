import { expect } from '@esm-bundle/chai';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import { countyMapSpec, HOSTILE_NAME, TOWNSHIP_CODES } from './fixtures/specs.ts';
import { chartContainer, cleanup, mount, shadowText } from './helpers.ts';

declare global {
  interface Window {
    __txHostile?: number;
  }
}

afterEach(async () => {
  cleanup();
  await resetMouse();
});

const allImages = (el: HTMLElement) => [...document.querySelectorAll('img'), ...el.shadowRoot!.querySelectorAll('img')];

describe('data strings are text, never markup', () => {
  it('a township named <img src=x onerror=…> shows its characters in the tooltip and the table, and runs nothing', async () => {
    const code = TOWNSHIP_CODES[1];
    const { el } = await mount('tx-county-map', { spec: countyMapSpec({ [code]: HOSTILE_NAME }) });
    const point = el.pointOf(code)!;
    await sendMouse({ type: 'move', position: [Math.round(point.x), Math.round(point.y)] });
    const container = chartContainer(el);
    // The tooltip is an HTML element ECharts puts in the container; wait for it to show the hovered region.
    let tooltipText = '';
    for (let i = 0; i < 40 && !tooltipText.includes('onerror'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      tooltipText = [...container.querySelectorAll('div')].map((d) => d.textContent ?? '').find((t) => t.includes('onerror')) ?? '';
    }
    expect(tooltipText).to.contain(HOSTILE_NAME);
    expect(shadowText(el)).to.contain(HOSTILE_NAME);
    expect(allImages(el)).to.have.length(0);
    await new Promise((r) => setTimeout(r, 100));
    expect(window.__txHostile).to.equal(undefined);
  });

  it('a hostile title and description stay text', async () => {
    const spec = { ...countyMapSpec(), title: HOSTILE_NAME, description: `<script>window.__txHostile=2</script>` };
    const { el } = await mount('tx-county-map', { spec });
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(HOSTILE_NAME);
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    expect(allImages(el)).to.have.length(0);
    expect(window.__txHostile).to.equal(undefined);
  });
});
