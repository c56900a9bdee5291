import { describePostgres } from '@app/event-store/testing/postgres-test-database';
import { Pool } from 'pg';
import { PostgresReadModelStore } from './postgres-read-model-store';
import { tableName } from './document-sql';

describePostgres('PostgresReadModelStore indexes', (database) => {
  let pool: Pool;
  let store: PostgresReadModelStore;
  beforeAll(async () => {
    pool = new Pool({ connectionString: database().url, max: 2 });
    pool.on('error', () => undefined);
    store = await PostgresReadModelStore.open(pool);
  });
  afterAll(() => pool.end());

  const indexesOf = async (table: string) =>
    (
      await pool.query<{ indexname: string }>('SELECT indexname FROM pg_indexes WHERE tablename = $1', [
        table,
      ])
    ).rows.map((r) => r.indexname);

  // The SQL below is what find({ filter: { year }, sort: [{ field: 'count', direction: 'desc' }] }) runs.
  it('answers sorted, filtered pages from the declared index, in order, without a sort', async () => {
    await store.prepare('p1', [{ name: 'checks', indexes: [['year', 'count']] }]);
    const client = await pool.connect();
    try {
      // On an empty table a scan and a sort cost less than any index: the planner is told not to use
      // them, so the plan shows whether the index alone can answer (else a Sort would remain).
      await client.query('SET enable_seqscan = off; SET enable_bitmapscan = off; SET enable_sort = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT doc FROM "rm_p1__checks" WHERE nullif(doc #> '{year}', 'null'::jsonb) = '2026'::jsonb
         ORDER BY nullif(doc #> '{count}', 'null'::jsonb) DESC NULLS LAST, id DESC LIMIT 10`,
      );
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Index Scan Backward using "?rm_p1__checks__0"?/);
      expect(plan).not.toMatch(/Sort/);
    } finally {
      await client.query('RESET ALL');
      client.release();
    }
  });

  it('builds deferred indexes once asked, and only then', async () => {
    await store.prepare('p2', [{ name: 'checks', indexes: [['year', 'count']] }], { deferIndexes: true });
    expect(await indexesOf('rm_p2__checks')).toEqual(['rm_p2__checks_pkey']);
    await store.createIndexes('p2');
    expect((await indexesOf('rm_p2__checks')).sort()).toEqual(['rm_p2__checks__0', 'rm_p2__checks_pkey']);
  });

  it('keeps long namespace and collection names apart within PostgreSQL’s 63 bytes, and drops them', async () => {
    const namespace = 'publicConsolidatedPlans_generation_12345';
    const names = ['consolidatedPlansByDepartmentA', 'consolidatedPlansByDepartmentB'];
    await store.prepare(
      namespace,
      names.map((name) => ({ name, indexes: [['a'], ['b']] })),
    );
    const tables = names.map((name) => tableName(namespace, name));
    expect(new Set(tables).size).toBe(2);
    for (const table of tables) {
      expect(table.length).toBeLessThanOrEqual(52);
      expect(await indexesOf(table)).toHaveLength(3);
    }
    await store.commit(namespace, [{ collection: names[1], id: 'x', document: { id: 'x', a: 1 } }], {
      key: `${namespace}@c`,
      position: 1,
    });
    expect((await store.collection(namespace, names[1]).find({ filter: { a: 1 } })).items).toHaveLength(1);
    await store.drop(namespace, `${namespace}@c`);
    for (const table of tables) expect(await indexesOf(table)).toEqual([]);
  });
});
