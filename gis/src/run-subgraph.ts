import { ConfigError, readConfig, requiredGatewaySecret } from './config.js';
import { createPgDb } from './db/pg.js';
import { createAuth } from './auth/runtime.js';
import { prepareDatabase, serveSubgraph, type SubgraphService } from './service.js';

/**
 * Runs one subgraph as its own process (one container per service, see infra/): it needs its own
 * PostgreSQL (`<SERVICE>_DATABASE_URL` or `DATABASE_URL`); the embedded database is for `npm start`.
 */
export async function runSubgraph(service: SubgraphService): Promise<void> {
  try {
    const config = readConfig();
    const url = config.databaseUrls[service.name];
    if (!url) throw new ConfigError(`${service.name}: set DATABASE_URL or ${service.name.toUpperCase()}_DATABASE_URL to run this service on its own`);
    const gatewaySecret = requiredGatewaySecret(config, service.name);
    // Migrations and the demo load run without the per-request statement timeout.
    const setup = createPgDb(url, { max: 1 });
    try {
      for (const note of await prepareDatabase(service, setup, config.demoData, config.clock)) console.log(`  ${note}`);
    } finally {
      await setup.close();
    }
    const db = createPgDb(url, { statementTimeoutMs: config.statementTimeoutMs });
    const auth = await createAuth(config.auth, null, false);
    const server = await serveSubgraph(service, db, config, auth, gatewaySecret);
    console.log(`${service.name} subgraph at ${server.url}`);
    const stop = async () => {
      await server.close();
      await db.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
  } catch (error) {
    const e = error as Error & { code?: string };
    console.error(`${service.name} could not start: ${e.message}${e.code ? ` (${e.code})` : ''}`);
    process.exit(1);
  }
}
