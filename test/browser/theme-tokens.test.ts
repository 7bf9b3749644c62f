// The theme tokens are read from CSS on every update (the page may have restyled the element), but
// what is made from them (the ECharts theme, the frame style, the compile key) is made once per change,
// and once for every element that reads the same theme and values (the views of a dashboard).
import { expect } from '@esm-bundle/chai';
import { ThemeTokenReader } from '../../packages/elements/src/shared/theme-style.ts';
import { cleanup } from './helpers.ts';

afterEach(cleanup);

describe('ThemeTokenReader', () => {
  it('hands back the same tokens while the theme and the CSS values are unchanged', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const reader = new ThemeTokenReader();
    const first = reader.read(host, 'portal');
    const theme = reader.echartsTheme();
    const style = reader.frameStyle();
    expect(reader.read(host, 'portal')).to.equal(first);
    expect(reader.echartsTheme()).to.equal(theme);
    expect(reader.frameStyle()).to.equal(style);
    expect(reader.version).to.equal(1);

    host.style.setProperty('--tx-color-palette-1', 'navy');
    const restyled = reader.read(host, 'portal');
    expect(restyled).not.to.equal(first);
    expect(restyled.palette[0]).to.equal('#000080');
    expect((reader.echartsTheme() as { color: string[] }).color[0]).to.equal('#000080');
    expect(reader.version).to.equal(2);

    const dark = reader.read(host, 'bigscreen');
    expect(dark.name).to.equal('bigscreen');
    expect(reader.version).to.equal(3);
    host.remove();
  });

  it('shares what is made from the same theme and values between elements, and only that', () => {
    const a = document.body.appendChild(document.createElement('div'));
    const b = document.body.appendChild(document.createElement('div'));
    const readers = [new ThemeTokenReader(), new ThemeTokenReader()];
    const [ta, tb] = [readers[0].read(a, 'portal'), readers[1].read(b, 'portal')];
    expect(tb).to.equal(ta);
    expect(readers[1].echartsTheme()).to.equal(readers[0].echartsTheme());
    expect(readers[1].frameStyle()).to.equal(readers[0].frameStyle());
    // Shared, so nobody may change it.
    expect(Object.isFrozen(ta) && Object.isFrozen(ta.palette)).to.equal(true);

    // One element restyled: its tokens change, the other's do not.
    b.style.setProperty('--tx-color-text', 'rgb(255, 0, 0)');
    const restyled = readers[1].read(b, 'portal');
    expect(restyled.text).to.equal('#ff0000');
    expect(readers[0].read(a, 'portal')).to.equal(ta);
    expect(ta.text).not.to.equal('#ff0000');
    expect(readers[1].version).to.equal(2);
    // Back as it was: the shared tokens again.
    b.style.removeProperty('--tx-color-text');
    expect(readers[1].read(b, 'portal')).to.equal(ta);
    a.remove();
    b.remove();
  });
});
