/**
 * The `tongxin` command: `main` on the process's arguments, its result the exit code. The published
 * bin (bin/tongxin.js) runs this file compiled (dist/bin.js); the workspace's bin/tongxin-workspace.js
 * runs it from source.
 */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
