/** A JSON Pointer (RFC 6901) from path segments: ['datasets', 'a/b', 'url'] → /datasets/a~1b/url. */
export function jsonPointer(...segments: (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
