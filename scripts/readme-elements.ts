/**
 * The README's element reference, written from custom-elements.json (`pnpm analyze`, the
 * elements' JSDoc): for each tag its attributes, properties, methods, events, CSS custom
 * properties and parts, between `<!-- elements:start -->` and `<!-- elements:end -->`.
 * test/unit/packaging-readme.test.ts fails when the block is stale.
 *
 *   npx tsx scripts/readme-elements.ts     (runs `pnpm analyze` first)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaceBlock } from './readme-block.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
/** The order the README presents them in. */
const TAG_ORDER = ['tx-county-map', 'tx-station-coverage', 'tx-activity-trend', 'tx-fund-chart', 'tx-kpi', 'tx-dashboard'];

interface Named { name: string; description?: string; type?: { text: string } }
interface Attribute extends Named { fieldName?: string }
interface Member extends Named {
  kind: 'field' | 'method';
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  parameters?: Named[];
  return?: { type?: { text: string } };
}
interface Declaration {
  tagName?: string;
  name: string;
  summary?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Named[];
  cssProperties?: (Named & { default?: string })[];
  cssParts?: Named[];
  slots?: Named[];
}
export interface Manifest { modules: { path: string; declarations?: Declaration[] }[] }

const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const code = (text?: string) => (text ? `\`${cell(text.replace(/ \| undefined$/, ''))}\`` : '');
/** A description inside a sentence list: no closing full stop of its own. */
const clause = (text?: string) => (text ? ` — ${cell(text).replace(/[.。]$/, '')}` : '');
const camel = (attribute: string) => attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function elementSection(d: Declaration): string {
  const parts: string[] = [`### \`<${d.tagName}>\``, '', `${cell(d.summary ?? '')} Class \`${d.name}\`.`];
  const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy === undefined);
  const methods = (d.members ?? []).filter((m) => m.kind === 'method' && !m.static && m.privacy === undefined);
  const attributes = d.attributes ?? [];
  if (attributes.length) {
    parts.push('', table(['attribute', 'property', 'type', ''], attributes.map((a) => {
      const field = fields.find((f) => f.name === (a.fieldName ?? camel(a.name)));
      return [`\`${a.name}\``, field ? `\`${field.name}\`` : '', code(a.type?.text ?? field?.type?.text), cell(a.description ?? field?.description)];
    })));
  }
  const propertiesOnly = fields.filter((f) => !attributes.some((a) => (a.fieldName ?? camel(a.name)) === f.name));
  if (propertiesOnly.length) {
    parts.push('', `Properties: ${propertiesOnly.map((f) => `\`${f.name}\`${f.type ? ` (${code(f.type.text)})` : ''}${f.readonly ? ' read-only' : ''}${clause(f.description)}`).join('; ')}.`);
  }
  if (methods.length) {
    parts.push('', `Methods: ${methods.map((m) => `\`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})\`${clause(m.description)}`).join('; ')}.`);
  }
  if (d.events?.length) parts.push('', `Events: ${d.events.map((e) => `\`${e.name}\`${clause(e.description)}`).join('; ')}.`);
  if (d.cssProperties?.length) {
    parts.push('', table(['CSS custom property', ''], d.cssProperties.map((p) => [`\`${p.name}\``, cell(`${p.description ?? ''}${p.default ? ` Default \`${p.default}\`.` : ''}`)])));
  }
  if (d.cssParts?.length) parts.push('', `Parts: ${d.cssParts.map((p) => `\`${p.name}\`${p.description ? ` (${cell(p.description).replace(/[.。]$/, '')})` : ''}`).join(', ')}.`);
  if (d.slots?.length) parts.push('', `Slots: ${d.slots.map((s) => `\`${s.name || '(default)'}\`${clause(s.description)}`).join('; ')}.`);
  return parts.join('\n');
}

/** The whole block: one section per tag, in TAG_ORDER, then any other tag the manifest has. */
export function elementsMarkdown(manifest: Manifest): string {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const rank = (tag: string) => (TAG_ORDER.includes(tag) ? TAG_ORDER.indexOf(tag) : TAG_ORDER.length);
  declarations.sort((a, b) => rank(a.tagName!) - rank(b.tagName!) || a.tagName!.localeCompare(b.tagName!));
  return [
    '_Generated from `custom-elements.json` by `npx tsx scripts/readme-elements.ts`; do not edit by hand._',
    '',
    ...declarations.map(elementSection).flatMap((s) => [s, '']),
  ].join('\n').trimEnd();
}

/** Runs the analyzer into `outdir` and returns the manifest. */
export function analyze(outdir: string): Manifest {
  // The project's config (its plugins decide what is public), writing into `outdir`: the config's
  // own `outdir` wins over the CLI flag, so wrap it.
  const config = resolve(outdir, 'cem.config.mjs');
  writeFileSync(config, `import base from ${JSON.stringify(resolve(ROOT, 'custom-elements-manifest.config.mjs'))};\n`
    // cem joins outdir to the cwd; packagejson: false, or it points the root package.json at the temp copy.
    + `export default { ...base, outdir: ${JSON.stringify(relative(ROOT, outdir))}, packagejson: false };\n`);
  execFileSync(resolve(ROOT, 'node_modules/.bin/cem'), ['analyze', '--config', config], { cwd: ROOT, stdio: 'ignore' });
  return JSON.parse(readFileSync(resolve(outdir, 'custom-elements.json'), 'utf8')) as Manifest;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = mkdtempSync(resolve(tmpdir(), 'tongxin-cem-'));
  const manifest = analyze(dir);
  rmSync(dir, { recursive: true, force: true });
  const path = resolve(ROOT, 'README.md');
  writeFileSync(path, replaceBlock(readFileSync(path, 'utf8'), 'elements', elementsMarkdown(manifest)));
  console.log('README.md elements block updated');
}
