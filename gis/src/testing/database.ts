import { createPgDb } from '../db/pg.js';
import { createPgliteDb } from '../db/pglite.js';
import type { Db } from '../db/types.js';
import pg from 'pg';
import { randomBytes } from 'node:crypto';

/**
 * A fresh, empty database for one test file. With DATABASE_URL (CI, or a developer's PostGIS) a new
 * database is created on that server and dropped afterwards; otherwise the embedded PostGIS in memory.
 */
export interface TestDatabase {
  url: string | null;
  open(): Promise<Db>;
  drop(): Promise<void>;
}

async function admin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * `sessionTimeZone` sets the new database's default session time zone (PostgreSQL only; PGlite has
 * one session, in GMT): tests use it to show that no result depends on it.
 */
export async function createTestDatabase(options: { sessionTimeZone?: string } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { url: null, open: () => createPgliteDb(), drop: async () => undefined };
  const name = `tk_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  if (options.sessionTimeZone) {
    const zone = options.sessionTimeZone;
    if (!/^[A-Za-z_]+(\/[A-Za-z_]+)*$/.test(zone)) throw new RangeError(`not a time zone name: ${zone}`);
    await admin(serverUrl, (c) => c.query(`ALTER DATABASE ${name} SET timezone TO '${zone}'`));
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await admin(url.toString(), (c) => c.query('CREATE EXTENSION IF NOT EXISTS postgis'));
  return {
    url: url.toString(),
    open: async () => createPgDb(url.toString()),
    drop: () => admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
