import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Pretty JSON with a trailing newline: stable, diff-friendly output. */
export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * A FeatureCollection with one feature per line: readable in a diff, a fraction of the
 * size of indented coordinates.
 */
export function writeFeatureCollection(path: string, features: object[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const lines = features.map((feature) => `    ${JSON.stringify(feature)}`).join(',\n');
  writeFileSync(path, `{\n  "type": "FeatureCollection",\n  "features": [\n${lines}\n  ]\n}\n`);
}

/** Compact JSON (TopoJSON: arcs are long integer lists). */
export function writeCompactJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value)}\n`);
}
