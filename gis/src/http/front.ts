import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * The one HTTP front of the gateway and of every subgraph. Whatever a request holds — a malformed
 * request line, a URL `new URL` refuses, a path that does not decode, a handler that throws or
 * rejects — it is answered (400 or 500) and the process keeps serving; slow clients are cut off.
 */
export interface FrontOptions {
  /** Named in the log. */
  name: string;
  /** The whole request, headers and body, must arrive within this time. */
  requestTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutMs?: number;
}

export type FrontHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

const BASE = 'http://localhost';

/**
 * The request's URL, or null when it cannot be one. Only origin-form targets ("/path?query") are
 * served: `new URL('//[', base)` would read "//[" as a host and throw, so the path is appended to
 * the base instead of resolved against it.
 */
export function requestUrl(target: string | undefined): URL | null {
  if (!target || !target.startsWith('/')) return null;
  try {
    return new URL(BASE + target);
  } catch {
    return null;
  }
}

/**
 * A Host header the gateway's runtime can build a URL from ("localhost:99999" or "[::1" make it
 * throw a TypeError and answer 500 with a stack trace). An absent one is fine (HTTP/1.0).
 */
export function validHost(host: string | undefined): boolean {
  if (host === undefined) return true;
  try {
    const url = new URL(`http://${host}/`);
    return url.host.length > 0 && !/[\s/?#@]/.test(host);
  } catch {
    return false;
  }
}

/** The percent-decoded path, or null when it does not decode ("/%E0", "/%"). */
export function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** A JSON error in GraphQL's shape, for answers given before GraphQL sees the request. */
export function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

function isClientGone(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE' || (error as Error | null)?.message === 'aborted';
}

export function createFront(options: FrontOptions, handler: FrontHandler): Server {
  const failed = (res: ServerResponse, error: unknown) => {
    if (isClientGone(error)) return void res.destroy();
    console.error(`[${options.name}] request failed: ${(error as Error)?.message ?? String(error)}`);
    sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
  const server = createServer((req, res) => {
    const url = requestUrl(req.url);
    if (!url) return sendError(res, 400, 'BAD_REQUEST', 'The request target must be a path such as /graphql', { connection: 'close' });
    if (!validHost(req.headers.host)) return sendError(res, 400, 'BAD_REQUEST', 'The Host header is not a host name', { connection: 'close' });
    try {
      void Promise.resolve(handler(req, res, url)).catch((error: unknown) => failed(res, error));
    } catch (error) {
      failed(res, error);
    }
  });
  server.requestTimeout = options.requestTimeoutMs ?? 30_000;
  server.headersTimeout = Math.min(server.requestTimeout, 20_000);
  server.keepAliveTimeout = options.keepAliveTimeoutMs ?? 5_000;
  // Node drops a CONNECT without a word when nothing listens for it; it gets a 405 instead.
  server.on('connect', (_req: IncomingMessage, socket: Socket) => {
    socket.end('HTTP/1.1 405 Method Not Allowed\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n{"errors":[{"message":"CONNECT is not served","extensions":{"code":"METHOD_NOT_ALLOWED"}}]}');
  });
  // A request Node's parser refuses (bad request line, oversized headers) gets a 400, not a dropped process.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (socket.writable && !isClientGone(error)) {
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
      socket.end(`HTTP/1.1 ${status} Bad Request\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n{"errors":[{"message":"Malformed HTTP request","extensions":{"code":"BAD_REQUEST"}}]}`);
    }
    socket.destroy();
  });
  return server;
}
