import { resolve } from 'node:path';

/** The repository root and the benchmark's scratch directory (git-ignored). */
export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = resolve(ROOT, 'bench/.out');
