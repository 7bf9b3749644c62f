/** JSON Pointer (RFC 6901) helpers. `''` is the document itself. */

/** Appends one reference token, escaping `~` and `/`. */
export function pointerChild(pointer: string, token: string | number): string {
  return `${pointer}/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** The reference tokens of a pointer. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Depth of a pointer: how many tokens it has. */
export function pointerDepth(pointer: string): number {
  return pointerTokens(pointer).length;
}
