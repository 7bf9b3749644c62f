// The theme tokens are read from CSS on every update (the page may have restyled the element), but
// what is made from them (the ECharts theme, the frame style, the compile key) is made once per change.
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
});
