import { noChange, type AttributePart, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

export type StyleProps = Record<string, string | undefined>;

/**
 * Like Lit's styleMap, but never writes a `style` attribute: styleMap renders its first value as
 * attribute text, which a strict CSP (no `style-src-attr 'unsafe-inline'`) refuses. This one sets
 * and removes properties through the CSSOM from the first render on. Use it as `${styleProps({…})}`
 * in the element's attribute position.
 */
class StylePropsDirective extends Directive {
  /** The values this directive set, by property: a render with the same values writes nothing. */
  private written = new Map<string, string>();
  /** The object last applied: the same object again (a view's frame style between theme changes) is not re-applied. */
  private applied: StyleProps | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() goes in element position: <div ${styleProps({…})}>');
  }

  render(_props: StyleProps): unknown {
    return noChange;
  }

  override update(part: ElementPart | AttributePart, [props]: [StyleProps]): unknown {
    if (props === this.applied) return noChange;
    this.applied = props;
    const { style } = part.element as HTMLElement;
    // Only what changed: a dashboard renders its stage and cells with new objects of the same values
    // on every selection and refresh, and every write is a CSSOM call that may mark the element's
    // style for recalculation. The properties are this directive's: what it wrote is what is there.
    for (const name of this.written.keys()) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.written.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null || this.written.get(name) === value) continue;
      style.setProperty(name, value);
      this.written.set(name, value);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
