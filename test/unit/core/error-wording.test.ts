// The spec's message catalogue is loaded when a problem has to be worded (core's
// load-error-wording.ts). Each path that reports a spec problem without going through a step that
// awaits it must still word it, also as the very first thing a process does: fresh modules per test.
import { beforeEach, describe, expect, it, vi } from 'vitest';

describe('spec problems are worded on every path, even as the first problem of a process', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('checkSpec called directly (the CLI, drawAnyView)', async () => {
    const { checkSpec, describeFailure } = await import('../../../packages/core/src/index.ts');
    let failure: unknown;
    try {
      checkSpec({ version: 1, kind: 'kpi', bogus: 1 }, 'en');
    } catch (error) {
      failure = error;
    }
    const messages = describeFailure(failure, 'en').errors.map((issue) => issue.message);
    expect(messages).toContain('Unknown property "bogus".');
  });

  it('tongxin validate on a file it cannot read', async () => {
    const { main } = await import('../../../packages/cli/src/main.ts');
    const stdout: string[] = [];
    const exitCode = await main(['validate', '--locale', 'en', '/no-such-dir/no-such-file.json'], { stdout: (l) => stdout.push(l), stderr: () => {} });
    expect(exitCode).toBe(1);
    expect(stdout[0]).toContain('no-such-file.json');
    expect(stdout[0]).toContain('ENOENT');
    expect(stdout[0]).toContain('[unreadable-file]');
  });

  it('a spec text that is not JSON, through loadSpec', async () => {
    const { loadSpec, describeFailure } = await import('../../../packages/core/src/index.ts');
    const failure = await loadSpec({ text: '{"version": 1,,}', url: 'https://example.org/spec.json' }).catch((error: unknown) => error);
    const [issue] = describeFailure(failure, 'en').errors;
    expect(issue.code).toBe('malformed-json');
    expect(issue.message).toMatch(/line 1, column 15/);
  });
});
