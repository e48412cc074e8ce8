// A small static server for the end-to-end tests: serves a directory (normally dist/) on
// 127.0.0.1 with the recommended security headers, optionally under a sub-path, and lets a
// test replace or break any response (fault injection). No dependency beyond Node.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Content types by file extension (the benchmark's server uses them too). */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content Security Policy the README recommends; served on every page. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors *",
  "base-uri 'self'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Starts a server. Options:
 * - root: directory served;
 * - base: URL prefix the directory is served under ('/' by default, e.g. '/any/sub/path/');
 * - routes: { '/path': handler(req, res) } answering instead of the file (path relative to base);
 * - csp: false to omit the CSP header.
 * Returns { url, close, requests }, where url ends with the base and requests lists every path asked.
 */
export async function serve({ root, base = '/', routes = {}, csp = true } = {}) {
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    if (csp) res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    const relative = '/' + url.pathname.slice(base.length);
    const route = routes[relative];
    if (route) {
      await route(req, res);
      return;
    }
    // A directory's address serves its index.html, as static hosts do (the generated pages).
    const file = path.join(root, decodeURIComponent(relative.endsWith('/') ? `${relative}index.html` : relative));
    if (!file.startsWith(path.resolve(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    }),
  };
}

/** A route answering `body` as JSON (string bodies are sent as they are). */
export const json = (body, status = 200) => (req, res) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
};
