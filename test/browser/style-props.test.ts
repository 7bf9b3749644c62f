// styleProps: the frame's and the dashboard's inline styles through the CSSOM (strict CSP), written
// only where a value changed: a dashboard renders its stage and cells with new objects of the same
// values on every selection and refresh.
import { expect } from '@esm-bundle/chai';
import { html, render } from 'lit';
import { styleProps, type StyleProps } from '../../packages/elements/src/shared/style-props.ts';

describe('styleProps', () => {
  it('writes what changed, removes what went, and nothing when a new object has the same values', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const draw = (props: StyleProps) => render(html`<div ${styleProps(props)}></div>`, host);
    const writes: string[] = [];
    const { setProperty, removeProperty } = CSSStyleDeclaration.prototype;
    CSSStyleDeclaration.prototype.setProperty = function (this: CSSStyleDeclaration, name: string, ...rest: [string | null, string?]) {
      writes.push(`set ${name}`);
      return setProperty.call(this, name, ...rest);
    };
    CSSStyleDeclaration.prototype.removeProperty = function (this: CSSStyleDeclaration, name: string) {
      writes.push(`remove ${name}`);
      return removeProperty.call(this, name);
    };
    try {
      draw({ '--_accent': '#ff0000', width: '10px' });
      const el = host.firstElementChild as HTMLElement;
      expect(writes).to.deep.equal(['set --_accent', 'set width']);
      expect(el.style.getPropertyValue('--_accent')).to.equal('#ff0000');
      expect(el.getAttribute('style')).to.include('width: 10px');

      writes.length = 0;
      draw({ '--_accent': '#ff0000', width: '10px' });
      expect(writes, 'same values, new object').to.deep.equal([]);

      draw({ '--_accent': '#00ff00', width: undefined });
      expect(writes).to.deep.equal(['remove width', 'set --_accent']);
      expect(el.style.width).to.equal('');
      expect(el.style.getPropertyValue('--_accent')).to.equal('#00ff00');

      writes.length = 0;
      draw({ '--_accent': '#00ff00' });
      draw({ width: '12px', '--_accent': '#00ff00' });
      expect(writes).to.deep.equal(['set width']);
      expect(el.style.width).to.equal('12px');
    } finally {
      CSSStyleDeclaration.prototype.setProperty = setProperty;
      CSSStyleDeclaration.prototype.removeProperty = removeProperty;
      host.remove();
    }
  });
});
