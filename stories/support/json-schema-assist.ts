/**
 * What the JSON Schema says about the place under the cursor in a spec being typed: the
 * properties an object may have, the values a property takes, a property's description.
 * Pure (no editor here): the playground's CodeMirror completion and hover read it.
 *
 * The text is read by a tolerant scanner, not a parser, because half-typed JSON is the
 * normal case in an editor. A view's `kind` picks its branch of the schema's
 * `if`/`then` list wherever it stands in the object, before or after the cursor.
 */

export type PathToken = string | number;

/** An object or array in the text, with the scalar properties it holds (`kind` picks a schema branch). */
export interface JsonContainer {
  type: 'object' | 'array';
  from: number;
  /** End of the container; the end of the text while it is still open. */
  to: number;
  keys: Set<string>;
  scalars: Map<string, string | number | boolean | null>;
}

/** A key, or a scalar value, as the scanner met it. */
export interface JsonToken {
  from: number;
  to: number;
  role: 'key' | 'value';
  /** The property's (or array item's) path. */
  path: PathToken[];
  /** The containers around it, outermost first. */
  containers: JsonContainer[];
  /** A string's closing quote is missing. */
  open?: boolean;
}

/** Where the cursor is: typing a key or a value of `path`, and the token it is in, if any. */
export interface JsonPlace {
  at: 'key' | 'value' | 'none';
  /** For `key`: the object's path; for `value`: the value's path. */
  path: PathToken[];
  containers: JsonContainer[];
  token?: JsonToken;
}

interface Frame {
  container: JsonContainer;
  state: 'key' | 'colon' | 'value' | 'comma';
  key?: string;
  index: number;
}

const WORD = /[^\s{}[\],:"]+/y;

/** Every key and scalar of a JSON text, and the place at `pos` (the cursor). */
export function scanJson(text: string, pos = -1): { tokens: JsonToken[]; place: JsonPlace } {
  const tokens: JsonToken[] = [];
  const stack: Frame[] = [];
  let place: JsonPlace | undefined;
  const containerPath = (): PathToken[] => stack.slice(0, -1).map((f) => (f.container.type === 'object' ? f.key ?? '' : f.index));
  const containers = () => stack.map((f) => f.container);
  const valuePath = (): PathToken[] => {
    const top = stack.at(-1);
    return top ? [...containerPath(), top.container.type === 'object' ? top.key ?? '' : top.index] : [];
  };
  const placeBetweenTokens = (): JsonPlace => {
    const top = stack.at(-1);
    if (top?.container.type === 'object' && top.state === 'key') return { at: 'key', path: containerPath(), containers: containers() };
    if (top && top.state === 'value') return { at: 'value', path: valuePath(), containers: containers() };
    if (!top) return { at: 'value', path: [], containers: [] };
    return { at: 'none', path: valuePath(), containers: containers() };
  };
  const valueDone = () => {
    const top = stack.at(-1);
    if (top) top.state = 'comma';
  };

  let i = 0;
  while (i < text.length) {
    if (place === undefined && i >= pos && pos >= 0) place = placeBetweenTokens();
    const c = text[i]!;
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
    } else if (c === '{' || c === '[') {
      const container: JsonContainer = { type: c === '{' ? 'object' : 'array', from: i, to: text.length, keys: new Set(), scalars: new Map() };
      stack.push({ container, state: c === '{' ? 'key' : 'value', index: 0 });
      i++;
    } else if (c === '}' || c === ']') {
      const frame = stack.pop();
      if (frame) frame.container.to = i + 1;
      valueDone();
      i++;
    } else if (c === ':') {
      const top = stack.at(-1);
      if (top?.container.type === 'object') top.state = 'value';
      i++;
    } else if (c === ',') {
      const top = stack.at(-1);
      if (top?.container.type === 'object') {
        top.state = 'key';
        top.key = undefined;
      } else if (top) {
        top.index++;
        top.state = 'value';
      }
      i++;
    } else if (c === '"') {
      // A string ends at its closing quote, or (being typed) at the end of the line.
      let j = i + 1;
      let closed = false;
      while (j < text.length && text[j] !== '\n') {
        if (text[j] === '\\') j += 2;
        else if (text[j] === '"') {
          closed = true;
          j++;
          break;
        } else j++;
      }
      j = Math.min(j, text.length);
      const raw = text.slice(i + 1, closed ? j - 1 : j);
      const value = unescape(raw);
      const top = stack.at(-1);
      const token: JsonToken = { from: i, to: j, role: 'value', path: [], containers: containers(), ...(closed ? {} : { open: true }) };
      if (top?.container.type === 'object' && top.state === 'key') {
        top.key = value;
        top.container.keys.add(value);
        top.state = 'colon';
        token.role = 'key';
        token.path = valuePath();
      } else {
        token.path = valuePath();
        if (top?.container.type === 'object' && top.key !== undefined) top.container.scalars.set(top.key, value);
        valueDone();
      }
      tokens.push(token);
      if (place === undefined && pos > i && pos <= j) place = { at: token.role, path: token.role === 'key' ? token.path.slice(0, -1) : token.path, containers: token.containers, token };
      i = j;
    } else {
      WORD.lastIndex = i;
      const word = WORD.exec(text)?.[0] ?? c;
      const j = i + word.length;
      const top = stack.at(-1);
      const token: JsonToken = { from: i, to: j, role: top?.container.type === 'object' && top.state === 'key' ? 'key' : 'value', path: [], containers: containers() };
      if (token.role === 'key') {
        // A key typed without its quotes yet.
        token.path = [...containerPath(), word];
      } else {
        token.path = valuePath();
        if (top?.container.type === 'object' && top.key !== undefined) top.container.scalars.set(top.key, scalarOf(word));
        valueDone();
      }
      tokens.push(token);
      if (place === undefined && pos > i && pos <= j) place = { at: token.role, path: token.role === 'key' ? token.path.slice(0, -1) : token.path, containers: token.containers, token };
      i = j;
    }
  }
  place ??= placeBetweenTokens();
  return { tokens, place };
}

function unescape(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

function scalarOf(word: string): string | number | boolean | null {
  if (word === 'true') return true;
  if (word === 'false') return false;
  if (word === 'null') return null;
  const n = Number(word);
  return Number.isNaN(n) ? word : n;
}

type Schema = { [key: string]: unknown };

/** A property the schema allows at a place, for completion. */
export interface PropertyOption {
  name: string;
  description?: string;
  type?: string;
}

/** A value the schema allows at a place: the JSON text to insert. */
export interface ValueOption {
  json: string;
  description?: string;
}

/** What the schema says about one property, for hover. */
export interface PropertyHelp {
  pointer: string;
  description?: string;
  type?: string;
  values?: string[];
}

/** A draft-07 JSON Schema (local `#/definitions/…` refs) asked about places in a document. */
export class SchemaAssist {
  constructor(private readonly root: Schema) {}

  /** Properties the object at `place.path` may still take (those it has are left out). */
  properties(place: JsonPlace): PropertyOption[] {
    const object = place.containers[place.path.length];
    const options = new Map<string, PropertyOption>();
    for (const schema of this.schemasAt(place.path, place.containers)) {
      const properties = schema.properties as Record<string, Schema> | undefined;
      for (const [name, property] of Object.entries(properties ?? {})) {
        if (options.has(name) || (object?.keys.has(name) && name !== place.token?.path.at(-1))) continue;
        const option: PropertyOption = { name };
        const description = this.descriptionOf(property);
        if (description) option.description = description;
        const type = this.typeOf(property);
        if (type) option.type = type;
        options.set(name, option);
      }
    }
    return [...options.values()];
  }

  /** Values the property at `place.path` takes: its enum or constant, or `true`/`false`. */
  values(place: JsonPlace): ValueOption[] {
    const options = new Map<string, ValueOption>();
    for (const schema of this.schemasAt(place.path, place.containers)) {
      const values = 'const' in schema ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : schema.type === 'boolean' ? [true, false] : [];
      for (const value of values) {
        const json = JSON.stringify(value);
        if (!options.has(json)) options.set(json, { json });
      }
    }
    return [...options.values()];
  }

  /** The description, type and allowed values of the property at `path`. */
  help(path: PathToken[], containers: JsonContainer[]): PropertyHelp | undefined {
    const pointer = path.length === 0 ? '' : `/${path.map((t) => String(t).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
    if (path.length === 0) return undefined;
    const parents = this.schemasAt(path.slice(0, -1), containers);
    const raw = parents.map((schema) => this.childOf(schema, path.at(-1)!)).find((s) => s !== undefined);
    if (!raw) return undefined;
    const help: PropertyHelp = { pointer };
    const description = this.descriptionOf(raw);
    if (description) help.description = description;
    const type = this.typeOf(raw);
    if (type) help.type = type;
    const values = this.values({ at: 'value', path, containers }).map((v) => v.json);
    if (values.length > 0) help.values = values;
    return help;
  }

  /** The schemas that hold at `path`: a `$ref` followed, `allOf` flattened, `if`/`then` by the object's scalars. */
  schemasAt(path: PathToken[], containers: JsonContainer[]): Schema[] {
    let schemas = this.branches(this.root, containers[0]);
    for (let depth = 0; depth < path.length; depth++) {
      const token = path[depth]!;
      const child = schemas.map((schema) => this.childOf(schema, token)).find((s) => s !== undefined);
      if (!child) return [];
      schemas = this.branches(child, containers[depth + 1]);
    }
    return schemas;
  }

  private childOf(schema: Schema, token: PathToken): Schema | undefined {
    if (typeof token === 'number') return isSchema(schema.items) ? schema.items : undefined;
    const properties = schema.properties as Record<string, Schema> | undefined;
    if (properties && Object.hasOwn(properties, token)) return properties[token];
    if (isSchema(schema.additionalProperties) && Object.keys(schema.additionalProperties).length > 0) return schema.additionalProperties;
    return undefined;
  }

  private branches(schema: Schema, container: JsonContainer | undefined): Schema[] {
    const resolved = this.deref(schema);
    const out = [resolved];
    for (const part of (resolved.allOf as Schema[] | undefined) ?? []) {
      if (isSchema(part.if)) {
        if (isSchema(part.then) && matches(part.if, container)) out.push(...this.branches(part.then, container));
      } else out.push(...this.branches(part, container));
    }
    for (const part of [...((resolved.anyOf as Schema[] | undefined) ?? []), ...((resolved.oneOf as Schema[] | undefined) ?? [])]) out.push(...this.branches(part, container));
    return out;
  }

  private deref(schema: Schema): Schema {
    let current = schema;
    for (let hops = 0; typeof current.$ref === 'string' && hops < 32; hops++) {
      const name = current.$ref.replace(/^#\/definitions\//, '');
      const target = (this.root.definitions as Record<string, Schema> | undefined)?.[name];
      if (!target) break;
      current = target;
    }
    return current;
  }

  private descriptionOf(schema: Schema): string | undefined {
    if (typeof schema.description === 'string') return schema.description;
    const resolved = this.deref(schema);
    return typeof resolved.description === 'string' ? resolved.description : undefined;
  }

  private typeOf(schema: Schema): string | undefined {
    const resolved = this.deref(schema);
    if (Array.isArray(resolved.enum)) return resolved.enum.map((v) => JSON.stringify(v)).join(' | ');
    if ('const' in resolved) return JSON.stringify(resolved.const);
    if (Array.isArray(resolved.type)) return resolved.type.join(' | ');
    return typeof resolved.type === 'string' ? resolved.type : undefined;
  }
}

function isSchema(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An `if` of the kinds the spec schema uses: a type, constant properties, required keys. */
function matches(condition: Schema, container: JsonContainer | undefined): boolean {
  if (!container) return false;
  if (typeof condition.type === 'string' && condition.type !== container.type) return false;
  const properties = condition.properties as Record<string, Schema> | undefined;
  for (const [name, property] of Object.entries(properties ?? {})) {
    if ('const' in property && container.scalars.get(name) !== property.const) return false;
  }
  const required = (condition.required as string[] | undefined) ?? [];
  return required.every((name) => container.keys.has(name));
}
