export { main, localDatasetFiles } from './main.ts';
export type { CliIO } from './io.ts';
export { renderSpec, type RenderSpecInput, type RenderSpecOptions, type RenderSpecResult } from './render-spec.ts';
export type { Problem } from './spec-file.ts';
export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, MAX_REDIRECTS } from './sandbox.ts';
