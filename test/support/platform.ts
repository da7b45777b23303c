import { GATEWAY_SECRET_HEADER, readConfig } from '@tk/gis';
import { startPlatform, type Platform } from '@tk/gateway/platform';
import { createTestDatabase } from '@tk/gis/testing/database';
import { createServer, type AddressInfo } from 'node:net';
import { TEST_NOW } from './clock.js';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface RequestOptions {
  /** A demo user's id ("est", "styrgruppen", "omradesgrupp-ryd" …): sign in as that user. */
  as?: string;
  /** A raw Authorization header value (for probes with broken tokens). */
  authorization?: string;
  /** Another URL than the gateway's (a subgraph, directly). */
  url?: string;
  /** Sent to a subgraph with the gateway's secret, as the gateway would (`_entities` needs it). */
  asGateway?: boolean;
}

export interface RawResponse {
  status: number;
  text: string;
}

export interface TestPlatform extends Platform {
  /** POSTs a GraphQL operation and returns the parsed response. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  /** The same, with the raw status and body (to check that nothing protected appears anywhere in it). */
  raw(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<RawResponse>;
  token(userId: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The whole platform on free ports against a fresh database, demo data loaded, demo sign-in on.
 * `sessionTimeZone`: the database's default session time zone (PostgreSQL only).
 */
export async function startTestPlatform(env: Record<string, string> = {}, options: { sessionTimeZone?: string } = {}): Promise<TestPlatform> {
  const database = await createTestDatabase(options);
  const config = readConfig({
    ...process.env,
    DATABASE_URL: database.url ?? '',
    PORT: '0', PLAN_PORT: '0', INCIDENTS_PORT: '0', VENUES_PORT: '0', MEASURES_PORT: '0',
    DEMO_DATA: 'true',
    NODE_ENV: 'test',
    // Pinned: the demo data, "today" and "this week" are those of TEST_NOW, whatever day the suite runs.
    NOW: TEST_NOW.toISOString(),
    AUTH_ISSUER: '',
    // The tests send hundreds of requests as one user; the limiter has its own test.
    RATE_LIMIT_BURST: '100000',
    RATE_LIMIT_PER_SECOND: '100000',
    ...env,
  });
  const platform = await startPlatform(config, { inMemory: true });
  const tokens = new Map<string, string>();
  const token = async (userId: string) => {
    if (!tokens.has(userId)) tokens.set(userId, (await platform.auth.demo!.issue(userId)).token);
    return tokens.get(userId)!;
  };
  const raw = async (query: string, variables?: Record<string, unknown>, options: RequestOptions = {}): Promise<RawResponse> => {
    const authorization = options.authorization ?? (options.as ? `Bearer ${await token(options.as)}` : undefined);
    const res = await fetch(options.url ?? platform.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(authorization ? { authorization } : {}),
        ...(options.asGateway ? { [GATEWAY_SECRET_HEADER]: platform.gatewaySecret } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, text: await res.text() };
  };
  return {
    ...platform,
    token,
    raw,
    async gql(query, variables, options) {
      return JSON.parse((await raw(query, variables, options)).text);
    },
    async stop() {
      await platform.close();
      await database.drop();
    },
  };
}

/**
 * A port free right now, for a server whose address another must know before it starts (the
 * identity provider registers the platform's callback address before the platform listens).
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
