import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

/**
 * Backup and restore as docs/operations.md tells an operator to run them: pg_dump in the custom
 * format, pg_restore into an empty database, in one transaction, stopping at the first error.
 * Both are clients, so they run as any user (unlike initdb and pg_ctl).
 */
export async function dumpDatabase(bin: string, url: string, file: string): Promise<void> {
  await run(join(bin, 'pg_dump'), ['--format=custom', `--file=${file}`, `--dbname=${url}`]);
}

export async function restoreDatabase(bin: string, file: string, url: string): Promise<void> {
  await run(join(bin, 'pg_restore'), ['--exit-on-error', '--single-transaction', `--dbname=${url}`, file]);
}

/**
 * Every table's rows (a digest of their text, sorted) and every sequence's value: two databases
 * with equal fingerprints hold the same data and hand out the same next positions.
 */
export async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, string> = {};
    const tables = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    for (const { name } of tables.rows) {
      const { rows } = await client.query<{ rows: string; digest: string | null }>(
        `SELECT count(*)::text AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM "${name}" t`,
      );
      out[`table ${name}`] = `${rows[0].rows} rows ${rows[0].digest ?? ''}`;
    }
    const sequences = await client.query<{ name: string }>(
      `SELECT sequence_name AS name FROM information_schema.sequences WHERE sequence_schema = 'public' ORDER BY 1`,
    );
    for (const { name } of sequences.rows) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
        `SELECT last_value::text, is_called FROM "${name}"`,
      );
      out[`sequence ${name}`] = `${rows[0].last_value} ${rows[0].is_called}`;
    }
    return out;
  } finally {
    await client.end();
  }
}
