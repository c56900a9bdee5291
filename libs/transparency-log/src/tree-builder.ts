import { eventLeafHash } from '@app/audit';
import { TILE_WIDTH, subtreeRoot } from './tile-reader';
import type { LeafEntry, Tile, TransparencyStore, TreeHead } from './transparency-store.port';

/** A leaf to append: the event's chain hash and where the event is. */
export interface EventLeaf {
  chainHash: string;
  position: number;
  eventId: string;
}

/**
 * Appends leaves in log order and keeps the tree's right edge (one partial tile a level) in
 * memory; `flush` writes the tiles that changed, the new leaves and the head in one commit.
 */
export class TreeBuilder {
  private readonly edge: Buffer[][] = [];
  private readonly counts: number[] = [];
  private readonly dirty = new Map<string, { level: number; index: number; full?: Buffer }>();
  private pending: LeafEntry[] = [];

  private constructor(
    private readonly store: TransparencyStore,
    private head: TreeHead,
  ) {}

  /** Resumes from the stored head: reads the partial tile of each level. */
  static async load(store: TransparencyStore): Promise<TreeBuilder> {
    const head = await store.head();
    const builder = new TreeBuilder(store, head);
    for (let level = 0, width = 1; width <= head.size; level += 1, width *= TILE_WIDTH) {
      const count = Math.floor(head.size / width);
      builder.counts[level] = count;
      const partial = count % TILE_WIDTH;
      const index = Math.floor(count / TILE_WIDTH);
      const tiles = partial > 0 ? await store.tiles([{ level, index }]) : new Map<string, Buffer>();
      const hashes = tiles.get(`${level}/${index}`);
      if (partial > 0 && (!hashes || hashes.length < partial * 32)) {
        throw new Error(`the tree store lacks tile ${level}/${index} of its head (size ${head.size})`);
      }
      builder.edge[level] = Array.from({ length: partial }, (_, i) =>
        Buffer.from(hashes!.subarray(i * 32, (i + 1) * 32)),
      );
    }
    return builder;
  }

  get size(): number {
    return this.head.size;
  }

  get lastPosition(): number {
    return this.head.lastPosition;
  }

  append(leaf: EventLeaf): void {
    this.appendHash(eventLeafHash(leaf.chainHash), leaf.position, leaf.eventId);
  }

  /** A leaf hash as is (the bench fills a tree of synthetic leaves so). */
  appendHash(hash: Buffer, position: number, eventId: string): void {
    if (position <= this.head.lastPosition)
      throw new Error(`position ${position} is not after ${this.head.lastPosition}`);
    this.pending.push({ index: this.head.size, position, eventId });
    this.push(0, hash);
    this.head = { size: this.head.size + 1, lastPosition: position };
  }

  private push(level: number, hash: Buffer): void {
    this.edge[level] ??= [];
    this.counts[level] ??= 0;
    const index = Math.floor(this.counts[level] / TILE_WIDTH);
    this.edge[level].push(hash);
    this.counts[level] += 1;
    const key = `${level}/${index}`;
    if (this.edge[level].length < TILE_WIDTH) {
      this.dirty.set(key, { level, index });
      return;
    }
    this.dirty.set(key, { level, index, full: Buffer.concat(this.edge[level]) });
    const root = subtreeRoot(this.edge[level]);
    this.edge[level] = [];
    this.push(level + 1, root);
  }

  /** Leaves appended since the last flush. */
  get unflushed(): number {
    return this.pending.length;
  }

  /**
   * Writes what changed since the last flush; the tree is then readable up to the size it had when
   * the flush began. Leaves appended while the write is under way go with the next flush. Returns
   * the position of the last leaf written.
   */
  async flush(): Promise<number> {
    const head = this.head;
    if (this.pending.length === 0) return head.lastPosition;
    const tiles: Tile[] = [...this.dirty.values()].map(({ level, index, full }) => ({
      level,
      index,
      hashes: full ?? Buffer.concat(this.edge[level]),
    }));
    const leaves = this.pending;
    this.dirty.clear();
    this.pending = [];
    await this.store.commit(tiles, leaves, head);
    return head.lastPosition;
  }
}
