import type { BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { fileURLToPath } from 'node:url';
import type { Auth } from './auth/runtime.js';
import type { Clock } from './clock.js';
import type { Identity } from '@tk/access';
import { createPgDb } from './db/pg.js';
import { createPgliteDb } from './db/pglite.js';
import type { Db } from './db/types.js';
import { loadDemoDistrictsIfEmpty } from './geo/districts.js';
import { loadDemoPropertiesIfEmpty } from './geo/properties.js';
import { migrate, readMigrations } from './migrations.js';
import type { PlatformConfig, ServiceName } from './config.js';
import { startSubgraphServer, type RunningServer } from './http/subgraph-server.js';

export const GEO_MIGRATIONS_DIR = fileURLToPath(new URL('../migrations', import.meta.url));

/** What a subgraph package exports: enough to migrate, seed, print and serve it. */
export interface SubgraphService<C extends BaseContext = BaseContext> {
  name: ServiceName;
  migrationsDir: string;
  /** Builds the schema without touching a database (composition needs only this). */
  schema(): GraphQLSchema;
  /** Per request: the database, who is asking (null when anonymous) and the request's instant, read once from the platform's clock. */
  context(db: Db, identity: Identity | null, now: Date): C;
  /** Loads the service's synthetic demo data, relative to `now`, when its tables are empty; says what it did. */
  loadDemoData?(db: Db, now: Date): Promise<string | null>;
  /** Loads real reference data shipped in the repository (the activity plan) when absent, demo or not. */
  loadReferenceData?(db: Db): Promise<string | null>;
}

/** Reference geography first (every service database has it), then the service's own schema. */
export async function prepareDatabase(service: SubgraphService, db: Db, demoData: boolean, clock: Clock): Promise<string[]> {
  const notes: string[] = [];
  const geo = await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
  const own = await migrate(db, service.name, readMigrations(service.migrationsDir));
  notes.push(...geo.applied, ...own.applied);
  const reference = await service.loadReferenceData?.(db);
  if (reference) notes.push(`${service.name}: ${reference}`);
  if (demoData) {
    const districts = await loadDemoDistrictsIfEmpty(db);
    if (districts) notes.push(`geo: ${districts.added.length} demo districts`);
    const properties = await loadDemoPropertiesIfEmpty(db);
    if (properties) notes.push(`geo: ${properties} demo properties`);
    const demo = await service.loadDemoData?.(db, clock.now());
    if (demo) notes.push(`${service.name}: ${demo}`);
  }
  return notes;
}

/**
 * A command's own connection to a service's database (its URL, or the embedded one), migrated —
 * reference geography first, the demo districts when there are none, so that places can be
 * looked up — and closed after `work`.
 */
export async function withServiceDatabase<T>(config: PlatformConfig, service: SubgraphService, work: (db: Db) => Promise<T>): Promise<T> {
  const url = config.databaseUrls[service.name];
  const db = url ? createPgDb(url, { max: 2 }) : await createPgliteDb(config.dataDir);
  try {
    await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
    await migrate(db, service.name, readMigrations(service.migrationsDir));
    await loadDemoDistrictsIfEmpty(db);
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Serves a prepared subgraph on the port and host the configuration gives it. */
export function serveSubgraph(service: SubgraphService, db: Db, config: PlatformConfig, auth: Auth, gatewaySecret: string): Promise<RunningServer> {
  return startSubgraphServer({
    name: service.name,
    schema: service.schema(),
    db,
    verify: auth.verify,
    context: (identity) => service.context(db, identity, config.clock.now()),
    port: config.ports[service.name],
    host: config.host,
    production: config.production,
    maxBodyBytes: 2 * config.maxBodyBytes,
    gatewaySecret,
  });
}
