import { BodyTooLargeError, DEMO_USERS, readBody, type DemoIssuer } from '@tk/gis';

/** `{"user": "<id>"}` is a few dozen bytes; nothing larger is read. */
const MAX_TOKEN_REQUEST_BYTES = 4_096;
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The demo sign-in's endpoints (only in demo mode): the users to choose from, a token for one of
 * them, and the public keys, so that a subgraph in another process can verify demo tokens.
 */
export function createDemoAuthHandler(demo: DemoIssuer) {
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void> | void> = {
    'GET /auth/demo/users': (_req, res) =>
      json(res, 200, DEMO_USERS.map(({ id, name, roles, districts, organisation, description }) => ({ id, name, roles, districts: districts ?? [], organisation: organisation ?? null, description }))),
    'GET /auth/demo/jwks.json': (_req, res) => json(res, 200, demo.jwks),
    'POST /auth/demo/token': async (req, res) => {
      let userId: unknown;
      try {
        const body: unknown = JSON.parse((await readBody(req, MAX_TOKEN_REQUEST_BYTES)) || '{}');
        userId = (body as { user?: unknown } | null)?.user;
      } catch (error) {
        if (error instanceof BodyTooLargeError) return json(res, 413, { error: `The body may be at most ${MAX_TOKEN_REQUEST_BYTES} bytes` });
        return json(res, 400, { error: 'The body must be JSON: {"user": "<demo user id>"}' });
      }
      if (typeof userId !== 'string' || !DEMO_USERS.some((u) => u.id === userId)) {
        return json(res, 400, { error: `Unknown demo user; choose one of ${DEMO_USERS.map((u) => u.id).join(', ')}` });
      }
      json(res, 200, await demo.issue(userId));
    },
  };
  return (req: IncomingMessage, res: ServerResponse, path: string): boolean => {
    const route = routes[`${req.method} ${path}`];
    if (!route) return false;
    void Promise.resolve(route(req, res)).catch(() => json(res, 500, { error: 'Could not issue a token' }));
    return true;
  };
}
