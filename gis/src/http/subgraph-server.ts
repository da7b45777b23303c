import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { DEFAULT_LIMITS, exceptIntrospection, limitRules } from '../graphql-limits.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { guardEntities } from '../entities.js';
import { nulGuardPlugin } from '../nul.js';
import { createFront, sendError } from './front.js';
import { gatewayOnlyPlugin } from './gateway-secret.js';
import { refusedFieldPlugin } from './refused-field.js';
import type { Identity } from '@tk/access';
import { identify, TokenError, type TokenVerifier } from '../auth/verify.js';
import type { Db } from '../db/types.js';
import { BodyTooLargeError, readBody } from './read-body.js';

export interface SubgraphServerOptions<C extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  db: Db;
  /** Every request's token is verified here again: a subgraph reached directly refuses on its own. */
  verify: TokenVerifier;
  context: (identity: Identity | null) => C;
  port: number;
  host?: string;
  production?: boolean;
  /** Twice the gateway's limit by default: whatever the gateway accepts and forwards fits. */
  maxBodyBytes?: number;
  /** Shared with the gateway: `_entities` and `_service` are answered only to a request that carries it. */
  gatewaySecret: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Errors graphql-js and Apollo raise for a request's shape without a code of the caller's kind. */
const REQUEST_ERRORS = [/^Schema is not configured to execute/, /^Too many errors processing variables/];

/**
 * A query over a limit is the caller's to fix (BAD_USER_INPUT, as at the gateway). An unexpected
 * error says only that it happened, in every mode: its message may hold SQL, so it goes to the log.
 */
function formatError(error: GraphQLFormattedError, service: string): GraphQLFormattedError {
  const code = error.extensions?.code;
  if (error.extensions?.limit !== undefined) return { ...error, extensions: { reason: 'too_costly', ...error.extensions, code: 'BAD_USER_INPUT' } };
  if (REQUEST_ERRORS.some((pattern) => pattern.test(error.message))) {
    return { ...error, extensions: { reason: 'invalid_input', ...error.extensions, code: 'BAD_USER_INPUT' } };
  }
  if (code === 'GRAPHQL_PARSE_FAILED' && /tokens/.test(error.message)) {
    return { ...error, extensions: { ...error.extensions, code: 'BAD_USER_INPUT', reason: 'too_costly', limit: 'tokens' } };
  }
  // A literal our scalars refuse (a week, a date) fails validation with the scalar's own refusal: the
  // caller's input, as the same value in a variable is.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && typeof error.extensions?.reason === 'string') {
    return { ...error, extensions: { ...error.extensions, code: 'BAD_USER_INPUT' } };
  }
  // graphql-js refuses a variable that does not coerce before any resolver runs, without a reason;
  // the web translates reasons, so every refusal carries one.
  if (code === 'BAD_USER_INPUT' && error.extensions?.reason === undefined) {
    return { ...error, extensions: { ...error.extensions, reason: 'invalid_input' } };
  }
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    console.error(`[${service}] internal error at ${error.path?.join('.') ?? '(request)'}: ${error.message}`);
    return { message: 'Internal server error', path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return error;
}

/** Liveness says the process answers; readiness says its database answers too. */
async function health(res: ServerResponse, name: string, db: Db, ready: boolean): Promise<void> {
  if (!ready) return send(res, 200, { status: 'ok', service: name });
  try {
    await db.query('SELECT 1');
    send(res, 200, { status: 'ready', service: name, database: db.kind });
  } catch (error) {
    send(res, 503, { status: 'unavailable', service: name, reason: (error as Error).message });
  }
}

/** Serves one subgraph over plain node:http: POST/GET /graphql, GET /health and /ready. */
export async function startSubgraphServer<C extends BaseContext>(options: SubgraphServerOptions<C>): Promise<RunningServer> {
  const { name, db, production = false, maxBodyBytes = 4_000_000 } = options;
  const schema = guardEntities(options.schema);
  const rules = limitRules(DEFAULT_LIMITS);
  const apollo = new ApolloServer<C>({
    schema,
    introspection: !production,
    // Stack traces stay in the server log: a response never carries one, in any mode.
    includeStacktraceInErrorResponses: false,
    // The gateway sends whole documents; a persisted-query hash is nobody's to send here.
    persistedQueries: false,
    // The same limits as the gateway's: a subgraph reached directly refuses what the gateway would.
    validationRules: production ? rules : exceptIntrospection(rules),
    parseOptions: { maxTokens: DEFAULT_LIMITS.maxTokens },
    formatError: (formatted) => formatError(formatted, name),
    // Apollo turns inline tracing on for federated schemas by default, and cache control wraps every
    // field resolver (3 % of a large answer's CPU, measured); we use neither.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), gatewayOnlyPlugin<C>(options.gatewaySecret), nulGuardPlugin<C>(), refusedFieldPlugin<C>()],
  });
  await apollo.start();

  const server = createFront({ name }, async (req, res, url) => {
    try {
      if (url.pathname === '/health' || url.pathname === '/ready') {
        return await health(res, name, db, url.pathname === '/ready');
      }
      if (url.pathname !== '/graphql') return send(res, 404, { error: 'not found' });
      const identity = await identify(req.headers.authorization, options.verify);
      const body = req.method === 'POST' ? await readBody(req, maxBodyBytes) : '';
      const headers = toHeaderMap(req);
      const parsed: unknown = body && headers.get('content-type')?.includes('application/json') ? JSON.parse(body) : body;
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
        context: async () => options.context(identity),
      });
      result.headers.forEach((value, key) => res.setHeader(key, value));
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') return void res.end(result.body.string);
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      if (error instanceof BodyTooLargeError) return sendError(res, 413, 'PAYLOAD_TOO_LARGE', error.message, { connection: 'close' });
      if (error instanceof TokenError) return sendError(res, 401, 'UNAUTHENTICATED', error.message);
      if (error instanceof SyntaxError) return sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
      throw error;
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/graphql`,
    port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}
