/**
 * The loader `tongxin render`, `tongxin validate` and `renderSpec()` give the pipeline: a spec is
 * untrusted input (an SVG export service renders specs it did not write), so its dataset URLs are
 * read only where the operator said they may be.
 *
 * - Files only inside the root (the spec's directory unless `root` says otherwise), compared as
 *   REAL paths after resolving symlinks, so no `file:` URL, absolute path, `../` or symlink reaches
 *   outside it; a refusal comes before any read and says the same whether the file exists or not.
 *   Only regular files are read (no FIFO, device or directory).
 * - No network unless the URL's origin (scheme, host and port) is allowed exactly; redirects are
 *   followed by hand, each hop's origin checked, at most `MAX_REDIRECTS` hops.
 * - Every read (file or network, the spec file too) has a deadline and a size cap counted while
 *   the bytes arrive, so a hanging server or an endless file cannot hold the command.
 */
import { constants } from 'node:fs';
import { lstat, open, readlink, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ReadRefusal } from '@tongxin/core';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 20_000_000;
export const MAX_REDIRECTS = 5;

export interface SandboxLimits {
  /** Milliseconds a read (a file, or a URL with its redirects) may take. Default 10 000. */
  timeoutMs?: number;
  /** Bytes a read may bring, counted as they arrive. Default 20 000 000. */
  maxBytes?: number;
}

export interface SandboxOptions extends SandboxLimits {
  /** Directory whose tree dataset files may come from; none: no file is read. */
  root?: string;
  /** Origins (`https://data.example.gov.cn`, `http://127.0.0.1:8080`) datasets may be fetched from. */
  allowOrigins?: readonly string[];
  /** The network under the sandbox. Default: global fetch. */
  fetch?: typeof fetch;
  /** Called with each dataset file read (its path as the URL names it, its text, and its bytes for a workbook). */
  onFile?: (path: string, text: string, bytes: Uint8Array) => void;
}

export interface Sandbox {
  /** A `fetch` for the pipeline: `file:` URLs from inside the root, allowed origins from the network. */
  fetch: typeof fetch;
  /** Whether a (resolved, absolute) dataset URL is a network URL whose origin is not allowed. */
  refusesOrigin(url: string): boolean;
}

const isInside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

/** `http://Host:80/x` → `http://host`; undefined for anything that is not an http(s) URL. */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `read` with a deadline: past it, the read's signal aborts and `timeout` is thrown. */
async function withDeadline<T>(url: string, timeoutMs: number, outer: AbortSignal | null | undefined, read: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onOuterAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  if (outer?.aborted) controller.abort(outer.reason);
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
      reject(new ReadRefusal('timeout', url, timeoutMs));
    }, timeoutMs);
  });
  try {
    return await Promise.race([read(controller.signal), deadline]);
  } catch (error) {
    if (timedOut) throw new ReadRefusal('timeout', url, timeoutMs);
    throw error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

/**
 * A regular file's text, read in chunks with the size cap and the deadline (also used for the spec
 * file itself, which the operator names and is not confined to the root). Throws `ReadRefusal`
 * (`too-large`, `timeout`) or an errno error (`EISDIR`, `ENOTREG` for a FIFO or device, `ENOENT`…).
 */
export async function readFileCapped(path: string, limits: SandboxLimits = {}, signal?: AbortSignal | null): Promise<string> {
  return (await readBytesCapped(path, limits, signal)).toString('utf8');
}

/**
 * `readFileCapped`'s bytes (a spreadsheet is not text). With `insideRoot` (a real path), the file
 * is opened without following a final symlink and, where the OS shows what a descriptor points at
 * (/proc/self/fd on Linux), the opened file is checked to be inside it: a symlink swapped in
 * between the sandbox's check and this open cannot lead the read out of the root.
 */
export async function readBytesCapped(path: string, limits: SandboxLimits = {}, signal?: AbortSignal | null, insideRoot?: string): Promise<Buffer> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const url = pathToFileURL(path).href;
  return withDeadline(url, limits.timeoutMs ?? DEFAULT_TIMEOUT_MS, signal, async (readSignal) => {
    // O_NONBLOCK: opening a FIFO never waits for a writer; it is then refused as not a regular file.
    const noFollow = insideRoot === undefined ? 0 : constants.O_NOFOLLOW ?? 0;
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | noFollow).catch((error: NodeJS.ErrnoException) => {
      // ELOOP: the final name became a symlink after the check.
      throw error.code === 'ELOOP' ? new ReadRefusal('refused-file', url) : error;
    });
    try {
      if (insideRoot !== undefined) {
        const opened = await readlink(`/proc/self/fd/${handle.fd}`).catch(() => undefined);
        if (opened !== undefined && !isInside(insideRoot, opened)) throw new ReadRefusal('refused-file', url);
      }
      const stats = await handle.stat();
      if (!stats.isFile()) throw Object.assign(new Error(`not a regular file: ${path}`), { code: stats.isDirectory() ? 'EISDIR' : 'ENOTREG' });
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        readSignal.throwIfAborted();
        const buffer = Buffer.alloc(64 * 1024);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total > maxBytes) throw new ReadRefusal('too-large', url, maxBytes);
        chunks.push(buffer.subarray(0, bytesRead));
      }
      return Buffer.concat(chunks);
    } finally {
      await handle.close();
    }
  });
}

/** The body of a response, read as it streams, refused once past `maxBytes`. */
async function readBodyCapped(response: Response, url: string, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new ReadRefusal('too-large', url, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new ReadRefusal('too-large', url, maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

export function createSandbox(options: SandboxOptions): Sandbox {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const network = options.fetch ?? globalThis.fetch.bind(globalThis);
  const allowed = new Set((options.allowOrigins ?? []).map((o) => originOf(o)).filter((o): o is string => o !== undefined));
  const lexicalRoot = options.root;
  let realRoot: Promise<string | undefined> | undefined;
  const rootReal = () => (realRoot ??= lexicalRoot === undefined ? Promise.resolve(undefined) : realpath(lexicalRoot).catch(() => undefined));

  /**
   * The real path of a file inside the root, or `missing` when nothing is there (inside the root,
   * where saying so tells nothing new). Everything else is the one `refused-file`, before any read.
   */
  async function confine(file: string, url: string): Promise<string | 'missing'> {
    const refused = new ReadRefusal('refused-file', url);
    const root = await rootReal();
    if (lexicalRoot === undefined || root === undefined) throw refused;
    if (!isInside(lexicalRoot, file) && !isInside(root, file)) throw refused;
    try {
      const real = await realpath(file);
      if (!isInside(root, real)) throw refused;
      return real;
    } catch (error) {
      if (error instanceof ReadRefusal) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw refused;
      // Missing: but a dangling symlink, or a missing name below a symlink that leaves the root,
      // must not answer differently from an existing file outside it.
      let existing = file;
      for (;;) {
        try {
          await lstat(existing);
          break;
        } catch {
          const parent = dirname(existing);
          if (parent === existing) throw refused;
          existing = parent;
        }
      }
      // (A dangling symlink is its own deepest existing name: realpath fails on it, refused.)
      const realExisting = await realpath(existing).catch(() => undefined);
      if (realExisting === undefined || !isInside(root, realExisting)) throw refused;
      return 'missing';
    }
  }

  async function readFile(url: string, signal: AbortSignal | null | undefined): Promise<Response> {
    let file: string;
    try {
      file = fileURLToPath(url);
    } catch {
      throw new ReadRefusal('refused-file', url);
    }
    const real = await withDeadline(url, timeoutMs, signal, () => confine(file, url));
    if (real === 'missing') return new Response('', { status: 404, statusText: 'Not Found' });
    let bytes: Buffer;
    try {
      bytes = await readBytesCapped(real, { timeoutMs, maxBytes }, signal, await rootReal());
    } catch (error) {
      if (error instanceof ReadRefusal) throw new ReadRefusal(error.kind, url, error.limit);
      // A FIFO, device or directory inside the root is not data: refused like a file outside it.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EISDIR' || code === 'ENOTREG') throw new ReadRefusal('refused-file', url);
      return new Response('', { status: 404, statusText: 'Not Found' });
    }
    options.onFile?.(file, bytes.toString('utf8').replace(/^\uFEFF/, ''), bytes);
    // Bytes, so an xlsx arrives intact; text files decode as UTF-8 as before.
    return new Response(new Uint8Array(bytes), { status: 200, headers: { 'content-type': 'application/json' } });
  }

  async function readRemote(url: string, init: RequestInit | undefined): Promise<Response> {
    return withDeadline(url, timeoutMs, init?.signal, async (signal) => {
      let current = new URL(url);
      for (let hop = 0; ; hop++) {
        // Checked before every request: the dataset's URL, then each redirect's target.
        if (!allowed.has(originOf(current.href) ?? '')) throw new ReadRefusal('refused-origin', url);
        const response = await network(current.href, { ...init, signal, redirect: 'manual' });
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && location !== null) {
          await response.body?.cancel().catch(() => {});
          if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
          current = new URL(location, current);
          continue;
        }
        const body = await readBodyCapped(response, url, maxBytes);
        const empty = [101, 103, 204, 205, 304].includes(response.status);
        return new Response(empty ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
      }
    });
  }

  const sandboxed = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith('file:')) return readFile(url, init?.signal);
    return readRemote(url, init);
  }) as typeof fetch;

  return {
    fetch: sandboxed,
    refusesOrigin: (url) => !url.startsWith('file:') && !allowed.has(originOf(url) ?? ''),
  };
}
