/**
 * PostgreSQL for tests: the server at `DOSSIER_TEST_PG` (default postgres://postgres@127.0.0.1:5432/postgres,
 * as on the project's machines), whether it answers, and a new database per test, dropped afterwards.
 * Test-only.
 */
import pg from 'pg';
import { redactUrl } from './postgres.js';

export const ADMIN = process.env.DOSSIER_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let reachable: Promise<string | null> | null = null;

/** Null when the test server answers, else why not (`no PostgreSQL server at …`); asked once per process. */
export function pgServerMissing(): Promise<string | null> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: ADMIN, connectionTimeoutMillis: 3000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end();
      return null;
    } catch (err) {
      return `no PostgreSQL server at ${redactUrl(ADMIN)} (${err instanceof Error ? err.message : String(err)})`;
    }
  })();
  return reachable;
}

/** Null when the test server answers, else why PostgreSQL tests skip (a visible message). */
export async function pgUnavailable(): Promise<string | null> {
  const why = await pgServerMissing();
  return why === null ? null : `${why}: PostgreSQL tests skipped`;
}

let counter = 0;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new empty database: its URL and a function that drops it. */
export async function freshDatabase(prefix = 'dossier_test'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))) };
}
