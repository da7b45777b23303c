import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname } from 'node:path';
import { sendError } from '@tk/gis';
import send from 'send';

/**
 * Serves the basemap's PMTiles archive from DATA_DIR. The browser's `pmtiles` protocol reads it in
 * HTTP range requests (the header, then a directory, then one tile each), so ranges, ETags and
 * conditional requests matter; `send` (Express's file server) does them.
 */
export function createBasemapHandler(file: string | null): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, 405, 'METHOD_NOT_ALLOWED', 'Only GET and HEAD', { allow: 'GET, HEAD' });
    }
    if (!file) return sendError(res, 404, 'NOT_FOUND', 'No basemap archive is served here');
    send(req, `/${basename(file)}`, { root: dirname(file), etag: true, lastModified: true, cacheControl: false, dotfiles: 'deny' })
      .on('headers', (response: ServerResponse) => {
        // Revalidated each time: a rebuilt archive must not mix with ranges of the old one.
        response.setHeader('cache-control', 'no-cache');
        response.setHeader('content-type', 'application/vnd.pmtiles');
      })
      .on('error', (error: { status?: number }) => {
        if (res.headersSent) return void res.destroy();
        const status = error.status === 416 ? 416 : 404;
        sendError(res, status, status === 416 ? 'RANGE_NOT_SATISFIABLE' : 'NOT_FOUND', status === 416 ? 'The range lies outside the archive' : 'The basemap archive has not been built (npm run basemap)');
      })
      .pipe(res);
  };
}
