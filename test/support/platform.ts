import { readConfig } from '@tk/gis';
import { startPlatform, type Platform } from '@tk/gateway/platform';
import { createTestDatabase } from '@tk/gis/testing/database';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestPlatform extends Platform {
  /** POSTs a GraphQL operation to the gateway (or to `url`) and returns the parsed response. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, url?: string): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** The whole platform on free ports against a fresh database, demo data loaded. */
export async function startTestPlatform(env: Record<string, string> = {}): Promise<TestPlatform> {
  const database = await createTestDatabase();
  const config = readConfig({
    ...process.env,
    DATABASE_URL: database.url ?? '',
    PORT: '0', PLAN_PORT: '0', INCIDENTS_PORT: '0', VENUES_PORT: '0', MEASURES_PORT: '0',
    DEMO_DATA: 'true',
    ...env,
  });
  const platform = await startPlatform(config, { inMemory: true });
  return {
    ...platform,
    async gql(query, variables, url = platform.graphqlUrl) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    async stop() {
      await platform.close();
      await database.drop();
    },
  };
}
