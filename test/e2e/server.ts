// A tiny static file server for the production build (no SPA fallback: a missing file is a 404).
import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createGzip, gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

/** Text a web server compresses; data files over 2 MB are sent as they are (the bench times them raw). */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.csv', '.txt', '.svg', '.geojson', '.topojson']);
const MAX_COMPRESSED = 2 * 1024 * 1024;
/** The pause before the last piece of a file asked for `?compressed=slow`. */
const COMPRESSED_PAUSE_MS = 1500;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png', '.geojson': 'application/geo+json', '.topojson': 'application/json',
};

/** @param mounts Other folders served under a path prefix (the tests' fixtures at `/fixtures/`). */
export async function serve(root: string, port = 0, mounts: Record<string, string> = {}): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let base = resolve(root);
      const mount = Object.keys(mounts).find((p) => path.startsWith(p));
      if (mount) { base = resolve(mounts[mount]); path = path.slice(mount.length - 1); }
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
      let info = await stat(file);
      if (info.isDirectory()) info = await stat((file = join(file, 'index.html')));
      const size = info.size;
      const headers: Record<string, string> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
      // `?compressed`: sent gzip-compressed whatever its size, as it is compressed, with no length,
      // as a portal's server compressing a large CSV file as it sends it (nginx's gzip, level 1).
      // `?compressed=slow`: compressed first, then sent in pieces, the last after a pause (the tests
      // see what the page does before such a file has all come).
      const compressed = new URL(req.url ?? '/', 'http://x').searchParams.get('compressed');
      if (compressed !== null) {
        res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' });
        if (compressed !== 'slow') {
          await new Promise<void>((done, fail) => createReadStream(file).on('error', fail).pipe(createGzip({ level: 1 })).pipe(res).on('finish', done));
          return;
        }
        const gz = gzipSync(await readFile(file));
        const PIECE = 256 * 1024;
        for (let at = 0; at < gz.length; at += PIECE) {
          if (at + PIECE >= gz.length) await new Promise((go) => setTimeout(go, COMPRESSED_PAUSE_MS));
          if (!res.write(gz.subarray(at, at + PIECE))) await new Promise((go) => res.once('drain', go));
        }
        res.end();
        return;
      }
      // Gzip, as any web server a portal runs on does (Lighthouse's network model counts the bytes sent).
      if (COMPRESSED.has(extname(file)) && size <= MAX_COMPRESSED && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        res.end(gzipSync(await readFile(file)));
        return;
      }
      // The length, as a static server gives it for a file it sends as it is (the worker sizes its
      // buffer and its progress bar by it). Sent as it is read from disk, as a static server sends a
      // file: read whole first, a bench's 80 MB file held its first byte back by a quarter second.
      res.writeHead(200, { ...headers, 'Content-Length': String(size) });
      await new Promise<void>((done, fail) => createReadStream(file).on('error', fail).pipe(res).on('finish', done));
    } catch {
      if (res.headersSent) { res.destroy(); return; }
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const p = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${p}/` };
}
