export { main, localDatasetFiles } from './main.ts';
export type { CliIO } from './io.ts';
