#!/usr/bin/env node
// `tongxin` in this workspace (package.json `bin`; `publishConfig.bin` swaps in bin/tongxin.js when
// packed): the TypeScript sources through tsx, a root devDependency, so `pnpm exec tongxin` and
// `pnpm validate` need no build and never run a stale dist/. Not in the published package.
import { register } from 'tsx/esm/api';

register();
await import('../src/bin.ts');
