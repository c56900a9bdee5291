import type { SignedCheckpoint } from '@app/audit';
import { type WriteTurn, withoutFsync } from '@app/event-store';
import type Database from 'better-sqlite3';
import {
  type CheckpointPage,
  type LeafEntry,
  type Tile,
  type TileId,
  type TransparencyStore,
  type TreeHead,
  tileKey,
} from '../transparency-store.port';

interface CheckpointRow {
  size: number;
  root_hash: string;
  time: string;
  key_id: string;
  origin: string;
  note: string;
}

const fromRow = (row: CheckpointRow): SignedCheckpoint => ({
  origin: row.origin,
  size: row.size,
  rootHash: row.root_hash,
  time: row.time,
  keyId: row.key_id,
  note: row.note,
});

/** The transparency log in the embedded SQLite file, beside the events and the read models. */
export class SqliteTransparencyStore implements TransparencyStore {
  constructor(
    private readonly db: Database.Database,
    /** Turns at the write lock shared with another thread of this process (ADR 58). */
    private readonly writeTurn?: WriteTurn,
  ) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS merkle_tiles (
        level INTEGER NOT NULL, idx INTEGER NOT NULL, hashes BLOB NOT NULL, PRIMARY KEY (level, idx)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS merkle_leaves (
        leaf INTEGER PRIMARY KEY, position INTEGER NOT NULL UNIQUE, event_id TEXT NOT NULL UNIQUE
      );
      CREATE TABLE IF NOT EXISTS merkle_head (
        id INTEGER PRIMARY KEY CHECK (id = 1), size INTEGER NOT NULL, last_position INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS transparency_checkpoints (
        size INTEGER PRIMARY KEY, root_hash TEXT NOT NULL, time TEXT NOT NULL, key_id TEXT NOT NULL,
        origin TEXT NOT NULL, note TEXT NOT NULL
      );
    `);
    const putTile = db.prepare('INSERT OR REPLACE INTO merkle_tiles (level, idx, hashes) VALUES (?, ?, ?)');
    const putLeaf = db.prepare(
      'INSERT OR REPLACE INTO merkle_leaves (leaf, position, event_id) VALUES (?, ?, ?)',
    );
    const putHead = db.prepare(
      'INSERT OR REPLACE INTO merkle_head (id, size, last_position) VALUES (1, ?, ?)',
    );
    this.getTile = db.prepare('SELECT hashes FROM merkle_tiles WHERE level = ? AND idx = ?');
    this.commitAll = db.transaction(
      (tiles: readonly Tile[], leaves: readonly LeafEntry[], head: TreeHead) => {
        for (const t of tiles) putTile.run(t.level, t.index, t.hashes);
        for (const l of leaves) putLeaf.run(l.index, l.position, l.eventId);
        putHead.run(head.size, head.lastPosition);
      },
    );
  }

  private readonly getTile: Database.Statement;
  private readonly commitAll: Database.Transaction<
    (tiles: readonly Tile[], leaves: readonly LeafEntry[], head: TreeHead) => void
  >;

  async head(): Promise<TreeHead> {
    const row = this.db.prepare('SELECT size, last_position FROM merkle_head WHERE id = 1').get() as
      { size: number; last_position: number } | undefined;
    return { size: row?.size ?? 0, lastPosition: row?.last_position ?? 0 };
  }

  /**
   * The tree is rebuilt from the log from its stored head, so a flush lost to a power cut only means
   * adding those leaves again: it skips the fsync of the log's FULL connection. A signed checkpoint
   * (saveCheckpoint) is synced, and with it every flush of the tree before it.
   */
  async commit(tiles: readonly Tile[], leaves: readonly LeafEntry[], head: TreeHead): Promise<void> {
    const commit = () => withoutFsync(this.db, () => this.commitAll.immediate(tiles, leaves, head));
    if (this.writeTurn) this.writeTurn.take(commit);
    else commit();
  }

  async tiles(ids: readonly TileId[]): Promise<Map<string, Buffer>> {
    const found = new Map<string, Buffer>();
    for (const id of ids) {
      const row = this.getTile.get(id.level, id.index) as { hashes: Buffer } | undefined;
      if (row) found.set(tileKey(id), row.hashes);
    }
    return found;
  }

  async leafByPosition(position: number): Promise<LeafEntry | undefined> {
    return this.leaf('position', position);
  }

  async leafByEventId(eventId: string): Promise<LeafEntry | undefined> {
    return this.leaf('event_id', eventId);
  }

  private leaf(column: 'position' | 'event_id', value: number | string): LeafEntry | undefined {
    const row = this.db
      .prepare(`SELECT leaf, position, event_id FROM merkle_leaves WHERE ${column} = ?`)
      .get(value) as { leaf: number; position: number; event_id: string } | undefined;
    return row && { index: row.leaf, position: row.position, eventId: row.event_id };
  }

  async saveCheckpoint(c: SignedCheckpoint): Promise<void> {
    this.db
      .prepare(
        'INSERT OR IGNORE INTO transparency_checkpoints (size, root_hash, time, key_id, origin, note) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(c.size, c.rootHash, c.time, c.keyId, c.origin, c.note);
  }

  async checkpoint(size: number): Promise<SignedCheckpoint | undefined> {
    const row = this.db.prepare('SELECT * FROM transparency_checkpoints WHERE size = ?').get(size) as
      CheckpointRow | undefined;
    return row && fromRow(row);
  }

  async latestCheckpoint(): Promise<SignedCheckpoint | undefined> {
    const row = this.db.prepare('SELECT * FROM transparency_checkpoints ORDER BY size DESC LIMIT 1').get() as
      CheckpointRow | undefined;
    return row && fromRow(row);
  }

  async checkpoints({ beforeSize, limit }: { beforeSize?: number; limit: number }): Promise<CheckpointPage> {
    const rows = this.db
      .prepare('SELECT * FROM transparency_checkpoints WHERE size < ? ORDER BY size DESC LIMIT ?')
      .all(beforeSize ?? Number.MAX_SAFE_INTEGER, limit + 1) as CheckpointRow[];
    const page = rows.slice(0, limit).map(fromRow);
    return rows.length > limit
      ? { checkpoints: page, nextBeforeSize: page[page.length - 1].size }
      : { checkpoints: page };
  }

  async close(): Promise<void> {
    // The database is shared with the other embedded stores: its owner closes it.
  }
}
