// The benchmark's static server: serves a built site the way a production host would, so that
// Lighthouse and the load measurements see realistic transfers and headers.
//
// - Compression by Accept-Encoding: with `encoding: 'gzip'` (the default, the common case) a
//   text file is sent gzip-encoded, from its precompressed `.gz` copy when `cargo xtask build`
//   wrote one (level 9), else compressed once at level 6 and kept in memory; with
//   `encoding: 'br'` the `.br` copy is preferred when the browser accepts brotli;
//   `encoding: 'identity'` sends files as they are. `Vary: Accept-Encoding` always.
// - Cache headers as the README recommends: hashed file names (`name-0123456789abcdef.ext`)
//   `public, max-age=31536000, immutable`; everything else (index.html, data/, boot.js) `no-cache`.
// - The README's Content-Security-Policy and `X-Content-Type-Options: nosniff` on every answer.
// - `dir/` answers `dir/index.html` (generated pages such as `clusters/<id>/`).
//
// Every answer is logged in `requests` ({ path, status, encoding, bytes, at }) so that a caller
// can count what one page load transferred.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import { CSP, TYPES } from '../e2e/server.mjs';

const gzip = promisify(zlib.gzip);

export { TYPES };
/** Types a host compresses (the extensions `cargo xtask build` precompresses). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.wasm', '.svg', '.xml', '.txt']);
/** A content hash in a file name, as Trunk writes them (a 64-bit hash in hex: up to 16 digits). */
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/;

/** The Cache-Control a host should send for a site path. */
export const cacheControl = (relative) => (HASHED.test(relative)
  ? 'public, max-age=31536000, immutable'
  : 'no-cache');

/** Which encoding to send, given the server's mode and the request's Accept-Encoding. */
function chooseEncoding(mode, accept = '') {
  const accepted = new Set(accept.split(',').map((part) => part.trim().split(';')).filter(([, q]) => !/^q=0(\.0*)?$/.test(q?.trim() ?? '')).map(([name]) => name.toLowerCase()));
  if (mode === 'br' && accepted.has('br')) return 'br';
  if ((mode === 'br' || mode === 'gzip') && accepted.has('gzip')) return 'gzip';
  return 'identity';
}

/**
 * Starts a server on 127.0.0.1. Options: root (the site directory), encoding ('gzip', 'br' or
 * 'identity'). Returns { url, origin, requests, warm(paths), close() }.
 */
export async function serveSite({ root, encoding = 'gzip' } = {}) {
  const base = path.resolve(root);
  const requests = [];
  /** On-the-fly gzip bodies by absolute path (files without a precompressed copy). */
  const cache = new Map();

  async function body(file, chosen) {
    if (chosen === 'identity') return fs.readFile(file);
    const copy = `${file}.${chosen === 'br' ? 'br' : 'gz'}`;
    try {
      return await fs.readFile(copy);
    } catch {
      if (chosen === 'br') return null; // no .br copy: the caller falls back to gzip
    }
    if (!cache.has(file)) cache.set(file, gzip(await fs.readFile(file), { level: 6 }));
    return cache.get(file);
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let relative = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = path.join(base, relative);
    const log = { path: relative, status: 200, encoding: 'identity', bytes: 0, at: Date.now() };
    requests.push(log);
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (!file.startsWith(base + path.sep) && file !== base) {
      log.status = 403;
      res.writeHead(403).end();
      return;
    }
    try {
      const stat = await fs.stat(file);
      if (stat.isDirectory()) {
        log.status = 301;
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const ext = path.extname(file).toLowerCase();
      let chosen = COMPRESSIBLE.has(ext) ? chooseEncoding(encoding, req.headers['accept-encoding']) : 'identity';
      let data = await body(file, chosen);
      if (data === null) {
        chosen = chooseEncoding('gzip', req.headers['accept-encoding']);
        data = await body(file, chosen);
      }
      const headers = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Content-Length': data.length,
        'Cache-Control': cacheControl(relative),
        Vary: 'Accept-Encoding',
      };
      if (chosen !== 'identity') headers['Content-Encoding'] = chosen;
      Object.assign(log, { encoding: chosen, bytes: data.length });
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : data);
    } catch {
      log.status = 404;
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    origin: `http://127.0.0.1:${port}`,
    requests,
    /** Compresses these site paths ahead of time (large datasets), so no load waits for it. */
    warm: async (paths) => {
      for (const relative of paths) await body(path.join(base, relative), 'gzip');
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    }),
  };
}
