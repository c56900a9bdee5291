import Database from 'better-sqlite3';
import { type PackedSnapshotSource, SnapshotMoved } from '../read-model-store.port';

type Packing = Pick<PackedSnapshotSource, 'table' | 'field' | 'where'>;

/** The packed read of a snapshot: `field TAB id` for the documents that have the field, by id. */
export function packedSelect(source: Packing, range = ''): string {
  return `SELECT ${source.field} || char(9) || id AS packed FROM "${source.table}" WHERE ${packedWhere(source)}${range} ORDER BY id`;
}

/** The id of the packed read's row at an offset (its one parameter after the filter's). */
export function packedIdAt(source: Packing): string {
  return `SELECT id FROM "${source.table}" WHERE ${packedWhere(source)} ORDER BY id LIMIT 1 OFFSET ?`;
}

/**
 * A read-only connection of its own in a read transaction, which sees one state of the file
 * (WAL) however long it reads while others write, and the checkpoint that state holds.
 */
export function openAtCheckpoint(
  file: string,
  checkpointKey: string,
): { reader: Database.Database; position: number | undefined } {
  const reader = new Database(file, { readonly: true, fileMustExist: true });
  try {
    reader.exec('BEGIN');
    const row = reader
      .prepare('SELECT position FROM read_model_checkpoints WHERE key = ?')
      .get(checkpointKey) as { position: number } | undefined;
    return { reader, position: row?.position };
  } catch (error) {
    reader.close();
    throw error;
  }
}

function packedWhere(source: Packing): string {
  return [...source.where, `${source.field} IS NOT NULL`].join(' AND ');
}

/**
 * A range of ids of a packed snapshot read again on a connection of this thread's own (another
 * worker thread's): its read transaction must see the checkpoint the snapshot saw, or the read
 * is refused (SnapshotMoved), since the two would not be one state of the read model.
 */
export function* readPackedRange(
  source: PackedSnapshotSource,
  range: { from?: string; to?: string },
  batchSize: number,
): Generator<string[]> {
  const { reader, position } = openAtCheckpoint(source.file, source.checkpointKey);
  try {
    if (position !== source.position) {
      throw new SnapshotMoved(`${source.checkpointKey} moved from ${source.position} to ${position}`);
    }
    const bounds: string[] = [];
    const params = [...source.params];
    if (range.from !== undefined) {
      bounds.push(' AND id >= ?');
      params.push(range.from);
    }
    if (range.to !== undefined) {
      bounds.push(' AND id < ?');
      params.push(range.to);
    }
    const rows = reader
      .prepare(packedSelect(source, bounds.join('')))
      .pluck()
      .iterate(...params) as IterableIterator<string>;
    let batch: string[] = [];
    for (const row of rows) {
      batch.push(row);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    reader.close();
  }
}
