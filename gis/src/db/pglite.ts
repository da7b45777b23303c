import { PGlite, types } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { join } from 'node:path';
import { lockDataDirectory } from './lock.js';
import type { Db, Queryable } from './types.js';

type PGliteLike = Pick<PGlite, 'query' | 'exec'>;

// Same row shapes as the pg driver: `date` as 'YYYY-MM-DD' strings.
const parsers = { [types.DATE]: (value: string) => value };

function wrap(db: PGliteLike): Queryable {
  return {
    async query<R>(text: string, params: readonly unknown[] = []) {
      const result = await db.query<R>(text, params as unknown[], { parsers });
      return result.rows;
    },
    async exec(script: string) {
      await db.exec(script);
    },
  };
}

/**
 * The embedded PostgreSQL + PostGIS. With `dataDir` it persists there (one process at a time);
 * without, it lives in memory (tests).
 */
export async function createPgliteDb(dataDir?: string): Promise<Db> {
  const unlock = dataDir ? lockDataDirectory(dataDir) : () => undefined;
  try {
    const db = await PGlite.create({
      dataDir: dataDir ? join(dataDir, 'pglite') : undefined,
      extensions: { postgis },
    });
    await db.exec('CREATE EXTENSION IF NOT EXISTS postgis');
    return {
      kind: 'pglite',
      ...wrap(db),
      transaction: (work) => db.transaction((tx) => work(wrap(tx))),
      async close() {
        await db.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
