/**
 * Controls for the docs pages. Storybook reads custom-elements.json literally: a Lit attribute
 * documented with `@attr` carries no type, and a type like `ThemeName | undefined` gets a raw
 * JSON editor. (Enhancers run after Storybook normalises shorthand, so controls are `{ type }` objects.)
 * This gives each attribute its property's type and a control a designer can use:
 * a menu for `theme`/`locale`, `mode`, `by`, `mark`, `period`, `unit`, `qualifier`, `fit` and every other
 * string enum (values from the spec's JSON Schema or the literal union), text, number, switch, colour.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import schema from '../../packages/spec/schema/v1.json';

interface ManifestMember {
  kind?: string;
  name: string;
  type?: { text?: string };
  attribute?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface ManifestAttribute {
  name: string;
  type?: { text?: string };
  fieldName?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  members?: ManifestMember[];
  attributes?: ManifestAttribute[];
}
export interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

interface SchemaNode {
  enum?: unknown[];
  $ref?: string;
  properties?: Record<string, SchemaNode>;
}
const DEFINITIONS = (schema as { definitions: Record<string, SchemaNode> }).definitions;

/** The string enum a schema node allows (following a `$ref`), if it is one. */
function schemaEnum(node: SchemaNode | undefined): string[] | undefined {
  if (node?.$ref) return schemaEnum(DEFINITIONS[node.$ref.replace('#/definitions/', '')]);
  return node?.enum?.every((v) => typeof v === 'string') ? (node.enum as string[]) : undefined;
}

/**
 * The values of an enum type named as the elements' TypeScript names it, read from the published
 * JSON Schema (generated from the spec's types), so a control cannot drift from the spec:
 * `ThemeName`, `Unit`, `Qualifier` (a definition) or `FundChartView['mode']` (a property of one).
 */
export function enumValues(type: string): string[] | undefined {
  const indexed = /^(\w+)\[['"](\w+)['"]\]$/.exec(type);
  if (indexed) return schemaEnum(DEFINITIONS[indexed[1]]?.properties?.[indexed[2]]);
  return /^\w+$/.test(type) ? schemaEnum(DEFINITIONS[type]) : undefined;
}

const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The type without `| undefined` / `| null`. */
export function definedType(text: string | undefined): string {
  return (text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null')
    .join(' | ');
}

/** A control for a TypeScript type text, or `false` when a designer cannot usefully set it. */
export function controlFor(typeText: string | undefined, name: string): ArgTypes[string] {
  const type = definedType(typeText);
  const literals = type.split(' | ').map((t) => /^'(.*)'$|^"(.*)"$/.exec(t)).filter(Boolean);
  const named = enumValues(type);
  if (named) return { control: { type: 'select' }, options: ['', ...named] };
  if (literals.length && literals.length === type.split(' | ').length) {
    return { control: { type: 'select' }, options: ['', ...literals.map((m) => m![1] ?? m![2])] };
  }
  if (type === 'string') return { control: { type: 'text' } };
  if (type === 'number') return { control: { type: 'number' } };
  if (type === 'boolean') return { control: { type: 'boolean' } };
  if (name === 'spec') return { control: { type: 'object' } };
  return { control: false };
}

/** Rewrites the argTypes Storybook extracted for `tag` (see the module comment). */
export function tongxinArgTypes(tag: string, manifest: Manifest, argTypes: ArgTypes): ArgTypes {
  const declaration = manifest.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!declaration) return argTypes;
  const fields = new Map((declaration.members ?? []).filter((m) => m.kind === 'field').map((m) => [m.name, m]));
  const result: ArgTypes = { ...argTypes };
  for (const attribute of declaration.attributes ?? []) {
    const field = fields.get(attribute.fieldName ?? camel(attribute.name));
    const typeText = attribute.type?.text ?? field?.type?.text;
    const current = result[attribute.name] ?? { name: attribute.name };
    result[attribute.name] = {
      ...current,
      ...controlFor(typeText, attribute.name),
      table: { ...current.table, category: 'attributes', type: { summary: definedType(typeText) || 'string' } },
    };
    // The property behind an attribute is the same API; one row, the attribute's.
    if (field && field.name !== attribute.name && result[field.name]) {
      result[field.name] = { ...result[field.name], table: { ...result[field.name].table, disable: true } };
    }
  }
  for (const [name, argType] of Object.entries(result)) {
    const category = argType.table?.category;
    if (category === 'properties') {
      Object.assign((result[name] = { ...argType }), controlFor(fields.get(name)?.type?.text, name));
    } else if (category === 'css shadow parts' || category === 'events') {
      result[name] = { ...argType, control: false };
    } else if (category === 'css custom properties') {
      result[name] = { ...argType, control: { type: /color|colour/i.test(name) ? 'color' : 'text' } };
    }
  }
  return result;
}
