// A controllable, flaky data server for the browser tests (a web-test-runner middleware on the
// test page's own loopback origin). Each endpoint `/flaky/<name>` answers as its test set it (no
// file extension: web-test-runner marks every path with one cacheable for a year, and the browser
// would then answer refreshes from its cache):
//
//   POST /flaky-control/<name>   body {"mode": …, "body": <JSON to serve>}   set the behaviour
//   GET  /flaky-control/<name>                                                  {"requests": n, "mode": …}
//
// modes: ok (200 JSON) · 500 · hang (no answer until the mode changes or the client gives up) ·
// malformed (200, JSON syntax error) · truncated (200, the body cut in half) · wrong-type
// (200 text/html) · flap (ok and 500 by turns). Every request to an endpoint is counted.

const endpoints = new Map();

function endpoint(name) {
  let found = endpoints.get(name);
  if (!found) {
    found = { mode: '500', body: null, requests: 0, hung: new Set() };
    endpoints.set(name, found);
  }
  return found;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { text += chunk; });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

export async function flakyServer(ctx, next) {
  const control = /^\/flaky-control\/([\w-]+)$/.exec(ctx.path);
  if (control) {
    const state = endpoint(control[1]);
    if (ctx.method === 'POST') {
      const { mode, body } = JSON.parse((await readBody(ctx.req)) || '{}');
      if (mode !== undefined) state.mode = mode;
      if (body !== undefined) state.body = body;
      // Hung requests end when the behaviour changes.
      for (const release of state.hung) release();
      state.hung.clear();
    }
    ctx.set('cache-control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ requests: state.requests, mode: state.mode });
    return;
  }
  const data = /^\/flaky\/([\w-]+)$/.exec(ctx.path);
  if (!data) return next();
  const state = endpoint(data[1]);
  state.requests++;
  ctx.set('cache-control', 'no-store');
  const text = JSON.stringify(state.body);
  const mode = state.mode === 'flap' ? (state.requests % 2 === 1 ? 'ok' : '500') : state.mode;
  switch (mode) {
    case 'ok':
      ctx.type = 'application/json';
      ctx.body = text;
      return;
    case 'hang':
      await new Promise((resolve) => {
        state.hung.add(resolve);
        ctx.res.on('close', resolve);
      });
      ctx.status = 503;
      ctx.body = 'released';
      return;
    case 'malformed':
      ctx.type = 'application/json';
      ctx.body = `${text.slice(0, -1)},,}`;
      return;
    case 'truncated':
      ctx.type = 'application/json';
      ctx.body = text.slice(0, Math.floor(text.length / 2));
      return;
    case 'wrong-type':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>维护中</title><p>系统维护中</p>';
      return;
    default:
      ctx.status = 500;
      ctx.body = 'server error';
  }
}
