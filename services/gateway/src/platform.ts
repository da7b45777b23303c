import {
  createAuth, createPgDb, createPgliteDb, prepareDatabase, serveSubgraph,
  type Auth, type Db, type PlatformConfig, type RunningServer, type ServiceName,
} from '@tk/gis';
import { gatewayOptions, startGateway } from './server.js';
import { SUBGRAPHS } from './subgraphs.js';

export interface Platform {
  url: string;
  graphqlUrl: string;
  subgraphUrls: Record<ServiceName, string>;
  databases: Map<ServiceName, Db>;
  auth: Auth;
  notes: string[];
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
    if (!byUrl.has(url)) byUrl.set(url, createPgDb(url));
    byService.set(s.name, byUrl.get(url)!);
  }
  return byService;
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
    const subgraphUrls = {} as Record<ServiceName, string>;
    for (const service of SUBGRAPHS) {
      const db = databases.get(service.name)!;
      notes.push(...(await prepareDatabase(service, db, config.demoData, config.clock)));
      const server = await serveSubgraph(service, db, config, auth);
      servers.push(server);
      subgraphUrls[service.name] = server.url;
    }
    const gateway = await startGateway(gatewayOptions(config, subgraphUrls, auth));
    servers.push(gateway);
    return { url: gateway.url, graphqlUrl: `${gateway.url}/graphql`, subgraphUrls, databases, auth, notes, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
