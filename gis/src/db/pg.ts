import pg from 'pg';
import type { Db, Queryable } from './types.js';

// Dates stay as strings for `date` columns: a calendar day has no time zone.
pg.types.setTypeParser(1082, (value: string) => value);

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<R>(text: string, params: readonly unknown[] = []) {
      const result = await client.query(text, params as unknown[]);
      return result.rows as R[];
    },
    async exec(script: string) {
      await client.query(script);
    },
  };
}

export function createPgDb(connectionString: string, options: { max?: number; statementTimeoutMs?: number } = {}): Db {
  // JIT compilation pays off for long analytical queries; ours are short, and PostgreSQL's cost
  // estimates for the spatial ones (hot spots) trigger ~300 ms of compiling for ~20 ms of work.
  // A statement timeout per connection: no single request's query can hold a connection for long.
  const timeout = options.statementTimeoutMs ? ` -c statement_timeout=${options.statementTimeoutMs}` : '';
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, options: `-c jit=off${timeout}` });
  // An idle client losing its connection must not take the process down.
  pool.on('error', (error) => console.error(`[db] idle connection error: ${error.message}`));
  const base = wrap(pool);
  return {
    kind: 'pg',
    ...base,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
