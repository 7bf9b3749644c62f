export { main, localDatasetFiles, type CliIO } from './main.ts';
export { locatePointer, positionAt, offsetOfPointer, type Position } from './locate.ts';
