import type { SignedCheckpoint } from '@app/audit';
import { type Migration, migrate } from '@app/event-store/postgres/migrations';
import { refusingWhenDown } from '@app/event-store/postgres/storage-failure';
import { inTransaction, queryRows } from '@app/event-store/postgres/store-transaction';
import type { Pool } from 'pg';
import {
  type CheckpointPage,
  type LeafEntry,
  type Tile,
  type TileId,
  type TransparencyStore,
  type TreeHead,
  tileKey,
} from '../transparency-store.port';

export const TRANSPARENCY_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'tiles, leaves, head and checkpoints',
    sql: `
      CREATE TABLE merkle_tiles (level integer NOT NULL, idx bigint NOT NULL, hashes bytea NOT NULL,
        PRIMARY KEY (level, idx));
      CREATE TABLE merkle_leaves (leaf bigint PRIMARY KEY, position bigint NOT NULL UNIQUE,
        event_id text NOT NULL UNIQUE);
      CREATE TABLE merkle_head (id integer PRIMARY KEY CHECK (id = 1), size bigint NOT NULL,
        last_position bigint NOT NULL);
      CREATE TABLE transparency_checkpoints (size bigint PRIMARY KEY, root_hash text NOT NULL,
        time text NOT NULL, key_id text NOT NULL, origin text NOT NULL, note text NOT NULL);`,
  },
];

interface CheckpointRow {
  size: string;
  root_hash: string;
  time: string;
  key_id: string;
  origin: string;
  note: string;
}

interface LeafRow {
  leaf: string;
  position: string;
  event_id: string;
}

const fromRow = (row: CheckpointRow): SignedCheckpoint => ({
  origin: row.origin,
  size: Number(row.size),
  rootHash: row.root_hash,
  time: row.time,
  keyId: row.key_id,
  note: row.note,
});

/** The transparency log in PostgreSQL, beside the events and the read models. The pool belongs to whoever opened it. */
export class PostgresTransparencyStore implements TransparencyStore {
  private constructor(private readonly pool: Pool) {}

  /** Brings the schema up to date (once, whatever the number of instances starting) and opens the store. */
  static async open(pool: Pool): Promise<PostgresTransparencyStore> {
    await refusingWhenDown(() => migrate(pool, 'transparency-log', TRANSPARENCY_MIGRATIONS));
    return new PostgresTransparencyStore(pool);
  }

  async head(): Promise<TreeHead> {
    const [row] = await queryRows<{ size: string; last_position: string }>(
      this.pool,
      'SELECT size, last_position FROM merkle_head WHERE id = 1',
    );
    return { size: Number(row?.size ?? 0), lastPosition: Number(row?.last_position ?? 0) };
  }

  /** Tiles, leaves and head in one transaction; rewriting the same ones (after a crash) changes nothing. */
  async commit(tiles: readonly Tile[], leaves: readonly LeafEntry[], head: TreeHead): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      if (tiles.length > 0) {
        await client.query(
          `INSERT INTO merkle_tiles (level, idx, hashes)
           SELECT * FROM unnest($1::integer[], $2::bigint[], $3::bytea[])
           ON CONFLICT (level, idx) DO UPDATE SET hashes = excluded.hashes`,
          [tiles.map((t) => t.level), tiles.map((t) => t.index), tiles.map((t) => t.hashes)],
        );
      }
      if (leaves.length > 0) {
        await client.query(
          `INSERT INTO merkle_leaves (leaf, position, event_id)
           SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[])
           ON CONFLICT (leaf) DO UPDATE SET position = excluded.position, event_id = excluded.event_id`,
          [leaves.map((l) => l.index), leaves.map((l) => l.position), leaves.map((l) => l.eventId)],
        );
      }
      await client.query(
        `INSERT INTO merkle_head (id, size, last_position) VALUES (1, $1, $2)
         ON CONFLICT (id) DO UPDATE SET size = excluded.size, last_position = excluded.last_position`,
        [head.size, head.lastPosition],
      );
    });
  }

  async tiles(ids: readonly TileId[]): Promise<Map<string, Buffer>> {
    const rows = await queryRows<{ level: number; idx: string; hashes: Buffer }>(
      this.pool,
      `SELECT t.level, t.idx, t.hashes FROM merkle_tiles t
       JOIN unnest($1::integer[], $2::bigint[]) AS wanted (level, idx) USING (level, idx)`,
      [ids.map((id) => id.level), ids.map((id) => id.index)],
    );
    return new Map(rows.map((row) => [tileKey({ level: row.level, index: Number(row.idx) }), row.hashes]));
  }

  leafByPosition(position: number): Promise<LeafEntry | undefined> {
    return this.leaf('position', position);
  }

  leafByEventId(eventId: string): Promise<LeafEntry | undefined> {
    return this.leaf('event_id', eventId);
  }

  private async leaf(
    column: 'position' | 'event_id',
    value: number | string,
  ): Promise<LeafEntry | undefined> {
    const [row] = await queryRows<LeafRow>(
      this.pool,
      `SELECT leaf, position, event_id FROM merkle_leaves WHERE ${column} = $1`,
      [value],
    );
    return row && { index: Number(row.leaf), position: Number(row.position), eventId: row.event_id };
  }

  async saveCheckpoint(c: SignedCheckpoint): Promise<void> {
    await queryRows(
      this.pool,
      `INSERT INTO transparency_checkpoints (size, root_hash, time, key_id, origin, note)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (size) DO NOTHING`,
      [c.size, c.rootHash, c.time, c.keyId, c.origin, c.note],
    );
  }

  async checkpoint(size: number): Promise<SignedCheckpoint | undefined> {
    const [row] = await queryRows<CheckpointRow>(
      this.pool,
      'SELECT * FROM transparency_checkpoints WHERE size = $1',
      [size],
    );
    return row && fromRow(row);
  }

  async latestCheckpoint(): Promise<SignedCheckpoint | undefined> {
    const [row] = await queryRows<CheckpointRow>(
      this.pool,
      'SELECT * FROM transparency_checkpoints ORDER BY size DESC LIMIT 1',
    );
    return row && fromRow(row);
  }

  async checkpoints({ beforeSize, limit }: { beforeSize?: number; limit: number }): Promise<CheckpointPage> {
    const rows = await queryRows<CheckpointRow>(
      this.pool,
      'SELECT * FROM transparency_checkpoints WHERE size < $1 ORDER BY size DESC LIMIT $2',
      [beforeSize ?? Number.MAX_SAFE_INTEGER, limit + 1],
    );
    const page = rows.slice(0, limit).map(fromRow);
    return rows.length > limit
      ? { checkpoints: page, nextBeforeSize: page[page.length - 1].size }
      : { checkpoints: page };
  }

  async close(): Promise<void> {
    // The pool belongs to whoever opened it (shared with the other PostgreSQL stores).
  }
}
