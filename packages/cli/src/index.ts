export { main, localDatasetFiles } from './main.ts';
export type { CliIO } from './io.ts';
export { locatePointer, positionAt, offsetOfPointer, type Position } from './locate.ts';
