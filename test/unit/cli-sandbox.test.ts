// `tongxin render` and `renderSpec()` on specs nobody here wrote (an SVG export service): no file
// outside the spec's root, whatever the path or symlink says and whether or not it exists; no
// request to an origin not allowed, also not by a redirect; a deadline and a size cap on every
// read; every failure one line with a code. Real files in a temp directory, real servers on
// 127.0.0.1 that count the requests they get.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main.ts';
import { renderSpec } from '../../packages/cli/src/index.ts';
import { readBytesCapped } from '../../packages/cli/src/sandbox.ts';

const SECRET = 'SECRET-7f3a9c';
const records = (label: string) => JSON.stringify([{ label, value: 42 }]);
const spec = (url: string) => JSON.stringify({ version: 1, title: '沙箱', id: 'kpi', kind: 'kpi', data: 'kpi', datasets: { kpi: { url } } }, null, 2);

const base = mkdtempSync(join(tmpdir(), 'tongxin-sandbox-'));
const root = join(base, 'root');
mkdirSync(root);
writeFileSync(join(base, 'secret.json'), records(SECRET)); // outside the root, and valid data: drawn if ever read
writeFileSync(join(root, 'inside.json'), records('INSIDE-OK'));
writeFileSync(join(root, 'file'), 'a regular file');
symlinkSync(join(base, 'secret.json'), join(root, 'link.json')); // a symlink inside the root, pointing out
symlinkSync(join(base, 'missing.json'), join(root, 'dangling.json')); // the same, to nothing
symlinkSync(base, join(root, 'up')); // a directory symlink pointing out
mkdirSync(join(root, 'outdir'));
spawnSync('mkfifo', [join(root, 'pipe.json')]); // a FIFO: opening it to read would wait for a writer forever

let n = 0;
/** A spec file in the root whose one dataset has this url. */
function specFile(url: string): string {
  const path = join(root, `spec-${++n}.json`);
  writeFileSync(path, spec(url));
  return path;
}

async function tongxin(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), cwd: root });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n'), stderrLines: stderr.join('\n').split('\n') };
}

interface CountingServer {
  origin: string;
  requests: number;
  server: Server;
}

const servers: CountingServer[] = [];
async function serve(handle: (url: string, res: ServerResponse) => void): Promise<CountingServer> {
  const counting: CountingServer = { origin: '', requests: 0, server: createServer((req, res) => {
    counting.requests++;
    handle(req.url ?? '/', res);
  }) };
  await new Promise<void>((done) => counting.server.listen(0, '127.0.0.1', done));
  counting.origin = `http://127.0.0.1:${(counting.server.address() as AddressInfo).port}`;
  servers.push(counting);
  return counting;
}
afterAll(async () => {
  for (const { server } of servers) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
  rmSync(base, { recursive: true, force: true });
});

const json = (res: ServerResponse, body: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(body);

describe('files: only inside the root', () => {
  const outside: Array<[string, string]> = [
    ['a file: URL', 'file:///etc/passwd'],
    ['an absolute path', '/etc/passwd'],
    ['../ out of the root', '../secret.json'],
    ['a symlink inside the root pointing out', 'link.json'],
    ['a path through a directory symlink pointing out', 'up/secret.json'],
    ['a file: URL to the secret', `file://${join(base, 'secret.json')}`],
  ];
  it.each(outside)('%s (%s): refused, exit 1, nothing of the file in the output', async (_, url) => {
    const { code, stdout, stderr } = await tongxin('render', specFile(url), '--locale', 'en');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('[refused-file]');
    expect(stderr).not.toContain(SECRET);
    expect(stderr).not.toContain('root:x:0');
  });

  it('an existing and a missing file outside the root get the same message (no existence oracle)', async () => {
    const pairs: Array<[string, string]> = [
      ['../secret.json', '../missing.json'],
      ['link.json', 'dangling.json'],
      ['up/secret.json', 'up/missing.json'],
      ['/etc/passwd', '/etc/no-such-file-here'],
    ];
    for (const [existing, missing] of pairs) {
      const a = await tongxin('render', specFile(existing), '--locale', 'en');
      const b = await tongxin('render', specFile(missing), '--locale', 'en');
      const words = (s: string, url: string) => s.replace(/spec-\d+\.json/g, 'SPEC').replaceAll(url.replace(/^\.\.\//, ''), 'URL').replace(/(link|dangling)\.json/g, 'URL');
      expect([a.code, b.code]).toEqual([1, 1]);
      expect(words(b.stderr, missing.split('/').pop()!)).toBe(words(a.stderr, existing.split('/').pop()!));
    }
  });

  it('inside the root: a missing file is not-found, an existing one is drawn', async () => {
    const missing = await tongxin('render', specFile('nosuch.json'), '--locale', 'en');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('[not-found]');
    const inside = await tongxin('render', specFile('inside.json'));
    expect(inside.code, inside.stderr).toBe(0);
    expect(inside.stdout).toContain('INSIDE-OK');
  });

  it('a FIFO or a directory inside the root is refused at once, not waited on', async () => {
    const started = Date.now();
    for (const url of ['pipe.json', 'outdir']) {
      const { code, stderr } = await tongxin('render', specFile(url), '--locale', 'en');
      expect(code).toBe(1);
      expect(stderr).toContain('[refused-file]');
    }
    expect(Date.now() - started).toBeLessThan(2000);
    const dir = await tongxin('render', join(root, 'outdir'), '--locale', 'en');
    expect(dir.code).toBe(1);
    expect(dir.stderr).toContain('[unreadable-file]');
  });

  it('the final read itself stays in the root: a symlink swapped in after the check is not followed', async () => {
    // What a swap between the sandbox's check and its open would leave: the checked name is now a
    // symlink out (final name), or a directory on the path is (up/secret.json).
    for (const name of ['link.json', 'up/secret.json']) {
      const read = readBytesCapped(join(root, name), {}, null, root);
      await expect(read).rejects.toMatchObject({ kind: 'refused-file' });
    }
    await expect(readBytesCapped(join(root, 'inside.json'), {}, null, root).then(String)).resolves.toContain('INSIDE-OK');
  });

  it('a file read that outlasts --timeout is cut off with timeout', async () => {
    writeFileSync(join(root, 'slow.json'), records('y'.repeat(30_000_000)));
    const started = Date.now();
    const read = readBytesCapped(join(root, 'slow.json'), { timeoutMs: 1, maxBytes: 100_000_000 });
    await expect(read).rejects.toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('--root widens the tree: ../secret.json is read when the root is its parent', async () => {
    const { code, stdout } = await tongxin('render', specFile('../secret.json'), '--root', base);
    expect(code).toBe(0);
    expect(stdout).toContain(SECRET);
  });

  it('a data file bigger than --max-bytes is refused as too-large', async () => {
    writeFileSync(join(root, 'big.json'), records('x'.repeat(5000)));
    const { code, stderr } = await tongxin('render', specFile('big.json'), '--max-bytes', '1000', '--locale', 'en');
    expect(code).toBe(1);
    expect(stderr).toContain('[too-large]');
  });

  it('the spec file itself is read with the same cap', async () => {
    const { code, stderr } = await tongxin('render', specFile('inside.json'), '--max-bytes', '50', '--locale', 'en');
    expect(code).toBe(1);
    expect(stderr).toContain('[too-large]');
  });
});

describe('network: only allowed origins', () => {
  let data: CountingServer;
  let other: CountingServer;
  beforeAll(async () => {
    data = await serve((url, res) => (url === '/jump' ? res.writeHead(302, { location: `${other.origin}/records` }).end() : url === '/hop' ? res.writeHead(301, { location: '/records' }).end() : json(res, records('FROM-SERVER'))));
    other = await serve((_, res) => json(res, records(SECRET)));
  });

  it('a loopback URL not allowed: exit 1, refused-origin, the server gets no request', async () => {
    const before = data.requests;
    const { code, stdout, stderr } = await tongxin('render', specFile(`${data.origin}/records`), '--locale', 'en');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('[refused-origin]');
    expect(data.requests - before).toBe(0);
  });

  it('the origin must match exactly, port included', async () => {
    const before = data.requests;
    const { code, stderr } = await tongxin('render', specFile(`${data.origin}/records`), '--allow-origin', other.origin, '--locale', 'en');
    expect(code).toBe(1);
    expect(stderr).toContain('[refused-origin]');
    expect(data.requests - before).toBe(0);
  });

  it('allowed with --allow-origin: fetched once and drawn', async () => {
    const before = data.requests;
    const { code, stdout, stderr } = await tongxin('render', specFile(`${data.origin}/records`), '--allow-origin', data.origin);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('FROM-SERVER');
    expect(data.requests - before).toBe(1);
  });

  it('a redirect within the allowed origin is followed', async () => {
    const { code, stdout } = await tongxin('render', specFile(`${data.origin}/hop`), '--allow-origin', data.origin);
    expect(code).toBe(0);
    expect(stdout).toContain('FROM-SERVER');
  });

  it('an allowed origin redirecting to one not allowed: refused, the second server gets no request', async () => {
    const before = other.requests;
    const { code, stdout, stderr } = await tongxin('render', specFile(`${data.origin}/jump`), '--allow-origin', data.origin, '--locale', 'en');
    expect(code).toBe(1);
    expect(stderr).toContain('[refused-origin]');
    expect(stdout + stderr).not.toContain(SECRET);
    expect(other.requests - before).toBe(0);
  });

  it('redirects are bounded', async () => {
    const loop = await serve((_, res) => res.writeHead(302, { location: '/again' }).end());
    const { code, stderr } = await tongxin('render', specFile(`${loop.origin}/start`), '--allow-origin', loop.origin, '--locale', 'en');
    expect(code).toBe(1);
    expect(stderr).toContain('[network]');
    expect(loop.requests).toBe(6); // the first request and 5 redirects
  });

  it('an endpoint that never answers: exit 1 with timeout, within the timeout and a margin', async () => {
    const hang = await serve(() => {}); // accepts, never answers
    const started = Date.now();
    const { code, stderr } = await tongxin('render', specFile(`${hang.origin}/records`), '--allow-origin', hang.origin, '--timeout', '300', '--locale', 'en');
    const took = Date.now() - started;
    expect(code).toBe(1);
    expect(stderr).toContain('[timeout]');
    expect(hang.requests).toBe(1);
    expect(took).toBeLessThan(300 + 2000);
  });

  it('a response past --max-bytes is refused while it streams, with or without content-length', async () => {
    // An endless body: only a cap counted as bytes arrive can stop it before the deadline.
    const endless = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      const chunk = `${JSON.stringify({ label: 'x'.repeat(1000), value: 1 })},`;
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    const declared = await serve((_, res) => res.writeHead(200, { 'content-length': String(50_000_000) }).end());
    const started = Date.now();
    const streamed = await tongxin('render', specFile(`${endless.origin}/`), '--allow-origin', endless.origin, '--max-bytes', '100000', '--timeout', '20000', '--locale', 'en');
    expect(streamed.code).toBe(1);
    expect(streamed.stderr).toContain('[too-large]');
    expect(Date.now() - started).toBeLessThan(5000);
    const big = await tongxin('render', specFile(`${declared.origin}/`), '--allow-origin', declared.origin, '--locale', 'en');
    expect(big.code).toBe(1);
    expect(big.stderr).toContain('[too-large]');
  });

  it('validate: a dataset on an origin not allowed is skipped with a note (exit 0, no request); a file outside the root is still refused', async () => {
    const before = data.requests;
    const remote = await tongxin('validate', '--locale', 'en', specFile(`${data.origin}/records`));
    expect(remote.code, remote.stdout).toBe(0);
    expect(remote.stderr).toContain(`dataset "kpi" (${data.origin}/records) is on an origin not allowed`);
    expect(data.requests - before).toBe(0);
    const allowed = await tongxin('validate', '--allow-origin', data.origin, specFile(`${data.origin}/records`));
    expect(allowed.code).toBe(0);
    expect(data.requests - before).toBe(1);
    const file = await tongxin('validate', '--locale', 'en', specFile('/etc/passwd'));
    expect(file.code).toBe(1);
    expect(file.stdout).toContain('[refused-file]');
    expect(file.stdout).not.toContain('root:x:0');
  });
});

describe('--out that cannot be written: one line, exit 1', () => {
  const cases: Array<[string, string]> = [
    ['a directory', join(root, 'outdir')],
    ['/dev/full', '/dev/full'],
    ['below a regular file', join(root, 'file', 'x.svg')],
  ];
  it.each(cases)('%s', async (_, out) => {
    const { code, stdout, stderrLines } = await tongxin('render', specFile('inside.json'), '--out', out, '--locale', 'en');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderrLines).toHaveLength(1);
    expect(stderrLines[0]).toMatch(/cannot be written \((EISDIR|ENOSPC|ENOTDIR|EEXIST)\)\.$/);
  });

  it('the real command on /dev/full: one line on stderr, exit 1, no stack trace', () => {
    const bin = join(process.cwd(), 'packages/cli/bin/tongxin-workspace.js');
    const result = spawnSync(process.execPath, [bin, 'render', specFile('inside.json'), '--out', '/dev/full', '--locale', 'en'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('renderSpec() for servers', () => {
  it('a spec as text with no root reads no file at all', async () => {
    const result = await renderSpec({ text: spec('/etc/passwd') }, { locale: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toEqual(['refused-file']);
    expect(JSON.stringify(result)).not.toContain('root:x:0');
    const relative = await renderSpec({ text: spec('inside.json') });
    expect(!relative.ok && relative.problems.map((p) => p.code)).toEqual(['refused-file']);
  });

  it('a spec as text with a root: relative datasets resolve in it and are drawn', async () => {
    const result = await renderSpec({ text: spec('inside.json') }, { root, width: 600, height: 400 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.view).toBe('kpi');
    expect(result.svg).toMatch(/^<svg[^>]*width="600" height="400"/);
    expect(result.svg).toContain('INSIDE-OK');
  });

  it('an origin not allowed, a symlink out, bad JSON, no such view: problems, never a throw', async () => {
    const server = await serve((_, res) => json(res, records(SECRET)));
    const remote = await renderSpec({ path: specFile(`${server.origin}/`) }, { locale: 'en' });
    expect(!remote.ok && remote.problems.map((p) => p.code)).toEqual(['refused-origin']);
    expect(server.requests).toBe(0);
    const link = await renderSpec({ path: specFile('link.json') });
    expect(!link.ok && link.problems.map((p) => p.code)).toEqual(['refused-file']);
    const broken = await renderSpec({ text: '{"version": 1,' });
    expect(!broken.ok && broken.problems.map((p) => p.code)).toEqual(['malformed-json']);
    const noView = await renderSpec({ path: specFile('inside.json') }, { view: 'nope' });
    expect(!noView.ok && noView.problems.map((p) => p.code)).toEqual(['no-view']);
    const missing = await renderSpec({ path: join(root, 'no-such-spec.json') });
    expect(!missing.ok && missing.problems.map((p) => p.code)).toEqual(['unreadable-file']);
    const huge = await renderSpec({ path: specFile('inside.json') }, { width: 1e9 });
    expect(!huge.ok && huge.problems.map((p) => p.code)).toEqual(['bad-size']);
    const nothing = await renderSpec(null as never);
    expect(nothing.ok).toBe(false);
  });
});
