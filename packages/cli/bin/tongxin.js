#!/usr/bin/env node
// The published `tongxin` command: the compiled CLI (`pnpm build` → dist/), plain Node, no TypeScript at run time.
import '../dist/bin.js';
