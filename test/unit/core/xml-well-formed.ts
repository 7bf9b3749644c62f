/**
 * Problems that make a document not well-formed XML (what a strict parser such
 * as an SVG viewer, Inkscape or `DOMParser('image/svg+xml')` rejects): tags
 * and attribute syntax, quoting, duplicate attributes, entities, nesting.
 * Empty when the text is well-formed. Node has no XML parser, so this is one.
 */
export function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const name = '[A-Za-z_:][-A-Za-z0-9_.:]*';
  const entity = /&(?:[A-Za-z]+|#[0-9]+|#x[0-9a-fA-F]+);/y;
  const checkText = (chunk: string, at: number) => {
    for (let i = chunk.indexOf('&'); i >= 0; i = chunk.indexOf('&', i + 1)) {
      entity.lastIndex = i;
      if (!entity.test(chunk)) problems.push(`bare & at ${at + i}`);
    }
  };
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    checkText(lt < 0 ? text.slice(i) : text.slice(i, lt), i);
    if (lt < 0) break;
    const rest = text.slice(lt);
    const special = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>)/.exec(rest);
    if (special) {
      i = lt + special[0].length;
      continue;
    }
    const close = new RegExp(`^</(${name})\\s*>`).exec(rest);
    if (close) {
      const expected = open.pop();
      if (expected !== close[1]) problems.push(`</${close[1]}> at ${lt} closes <${expected ?? 'nothing'}>`);
      i = lt + close[0].length;
      continue;
    }
    const tag = new RegExp(`^<(${name})((?:\\s+${name}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`).exec(rest);
    if (!tag) {
      problems.push(`malformed tag at ${lt}: ${rest.slice(0, 80)}`);
      i = lt + 1;
      continue;
    }
    const seen = new Set<string>();
    for (const attr of tag[2].matchAll(new RegExp(`(${name})\\s*=\\s*("[^"<]*"|'[^'<]*')`, 'g'))) {
      if (seen.has(attr[1])) problems.push(`duplicate attribute ${attr[1]} at ${lt}`);
      seen.add(attr[1]);
      checkText(attr[2].slice(1, -1), lt);
    }
    if (!tag[3]) open.push(tag[1]);
    i = lt + tag[0].length;
  }
  if (open.length) problems.push(`unclosed <${open.join('> <')}>`);
  return problems;
}
