import { type Node, parseTree } from 'jsonc-parser';

/** A 1-based line and column (counted in characters, as editors do). */
export interface Position {
  line: number;
  column: number;
}

/** Line and column of an offset into a text. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}

/**
 * Offset of the value a JSON Pointer names — or of its property name when `at` is `'key'`
 * (an unknown property is the key itself). A pointer into something the file lacks (a default,
 * a missing property) lands on the nearest ancestor that is there.
 */
export function offsetOfPointer(tree: Node | undefined, pointer: string, at: 'value' | 'key' = 'value'): number {
  if (!tree) return 0;
  let node = tree;
  const tokens = pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const token of tokens) {
    let next: Node | undefined;
    if (node.type === 'object') {
      next = node.children?.find((property) => property.children?.[0]?.value === token)?.children?.[1];
    } else if (node.type === 'array' && /^\d+$/.test(token)) {
      next = node.children?.[Number(token)];
    }
    if (!next) return node.offset;
    node = next;
  }
  if (at === 'key' && node.parent?.type === 'property') return node.parent.offset;
  return node.offset;
}

/** Codes whose pointer names a key that should not be there: shown at the key, not its value. */
const KEY_CODES: ReadonlySet<string> = new Set(['unknown-property', 'forbidden-key', 'unknown-field', 'unknown-record-field']);

/** Where an issue with this code is shown in the text: at the property name (`key`) or at the value. */
export function issueAnchor(code: string): 'value' | 'key' {
  return KEY_CODES.has(code) ? 'key' : 'value';
}

/** Offset (UTF-16, as editors count) of a pointer's value — or key — in a JSON text; 0 if the text does not parse that deep. */
export function pointerOffset(text: string, pointer: string, at: 'value' | 'key' = 'value'): number {
  let tree: Node | undefined;
  try {
    tree = parseTree(text, [], { disallowComments: true });
  } catch {
    // jsonc-parser recurses: past a few thousand levels (rejected as too deep anyway) the stack runs out.
    return 0;
  }
  return offsetOfPointer(tree, pointer, at);
}

/** Position of a pointer's value in a JSON text. */
export function locatePointer(text: string, pointer: string, at: 'value' | 'key' = 'value'): Position {
  return positionAt(text, pointerOffset(text, pointer, at));
}
