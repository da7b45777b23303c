import { createAuth, createPgDb, createPgliteDb, prepareDatabase, serveSubgraph, type Auth, type Db, type PlatformConfig, type RunningServer, type ServiceName } from '@tk/gis';
import { randomBytes } from 'node:crypto';
import { gatewayOptions, startGateway } from './server.js';
import { SUBGRAPHS } from './subgraphs.js';

export interface Platform {
  url: string;
  graphqlUrl: string;
  subgraphUrls: Record<ServiceName, string>;
  databases: Map<ServiceName, Db>;
  auth: Auth;
  notes: string[];
  /** What the gateway sends the subgraphs (tests use it to play the gateway). */
  gatewaySecret: string;
  close(): Promise<void>;
}

/**
 * One database per distinct URL (several services may share one server database, each in its own
 * schema); in embedded mode one PGlite in this process serves them all.
 */
async function openDatabases(config: PlatformConfig, embeddedInMemory: boolean): Promise<Map<ServiceName, Db>> {
  const byService = new Map<ServiceName, Db>();
  if (config.mode === 'embedded') {
    const db = await createPgliteDb(embeddedInMemory ? undefined : config.dataDir);
    SUBGRAPHS.forEach((s) => byService.set(s.name, db));
    return byService;
  }
  const byUrl = new Map<string, Db>();
  for (const s of SUBGRAPHS) {
    const url = config.databaseUrls[s.name]!;
    if (!byUrl.has(url)) byUrl.set(url, createPgDb(url, { statementTimeoutMs: config.statementTimeoutMs }));
    byService.set(s.name, byUrl.get(url)!);
  }
  return byService;
}

/**
 * Migrations and the demo load may take longer than a request's statement timeout allows: on a
 * server they run on a connection of their own without it.
 */
async function prepare(service: (typeof SUBGRAPHS)[number], db: Db, config: PlatformConfig): Promise<string[]> {
  const url = config.databaseUrls[service.name];
  if (config.mode === 'embedded' || !url) return prepareDatabase(service, db, config.demoData, config.clock);
  const setup = createPgDb(url, { max: 1 });
  try {
    return await prepareDatabase(service, setup, config.demoData, config.clock);
  } finally {
    await setup.close();
  }
}

/** Starts every subgraph and the gateway in this process: `npm start`, the tests and the bench. */
export async function startPlatform(config: PlatformConfig, options: { inMemory?: boolean } = {}): Promise<Platform> {
  const databases = await openDatabases(config, options.inMemory ?? false);
  const servers: RunningServer[] = [];
  const closeAll = async () => {
    for (const server of servers.reverse()) await server.close();
    for (const db of new Set(databases.values())) await db.close();
  };
  try {
    // The demo signing key is kept with the embedded data (or in memory for tests).
    const auth = await createAuth(config.auth, options.inMemory ? null : config.dataDir, true);
    const notes: string[] = [];
    // In one process the gateway and the subgraphs share a secret made for this run.
    const gatewaySecret = config.gatewaySecret ?? randomBytes(32).toString('hex');
    const subgraphUrls = {} as Record<ServiceName, string>;
    for (const service of SUBGRAPHS) {
      const db = databases.get(service.name)!;
      notes.push(...(await prepare(service, db, config)));
      const server = await serveSubgraph(service, db, config, auth, gatewaySecret);
      servers.push(server);
      subgraphUrls[service.name] = server.url;
    }
    const gateway = await startGateway(gatewayOptions(config, subgraphUrls, auth, gatewaySecret));
    servers.push(gateway);
    return { url: gateway.url, graphqlUrl: `${gateway.url}/graphql`, subgraphUrls, databases, auth, notes, gatewaySecret, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
