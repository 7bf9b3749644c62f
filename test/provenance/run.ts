// `pnpm audit:provenance`: the provenance audit (test/provenance/*.test.ts) when the article archive
// is here; one plain line and exit 0 when it is not (a fresh clone has nothing beside it).
// Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { archiveDir, archivePresent, repoRoot } from './archive.ts';

const dir = archiveDir();
if (!archivePresent(dir)) {
  console.log(`provenance audit skipped: article archive not found at ${dir} (set TONGXIN_SEEDS=DIR to point at it)`);
  process.exit(0);
}

console.log(`provenance audit: article archive ${dir}`);
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const run = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', resolve(import.meta.dirname, 'vitest.config.ts'), ...process.argv.slice(2)],
  { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, TONGXIN_SEEDS: dir } },
);
if (run.error) throw run.error;
process.exit(run.status ?? 1);
