import type { SignedCheckpoint } from '@app/audit';

/**
 * Where the transparency log keeps its tree (docs/adr/0021-transparency-log.md): tiles of 256
 * hashes (one tree level in 8), a row per leaf for finding an event, the head the builder resumes
 * from, and the signed checkpoints.
 */
export interface Tile {
  /** Tile level L holds the tree's nodes at level 8·L. */
  level: number;
  index: number;
  /** Up to 256 hashes of 32 bytes, left to right. */
  hashes: Buffer;
}

export interface TileId {
  level: number;
  index: number;
}

export interface LeafEntry {
  /** 0-based leaf index in the tree. */
  index: number;
  /** The event's position in the global log. */
  position: number;
  eventId: string;
}

export interface TreeHead {
  /** Leaves in the tree. */
  size: number;
  /** Log position of the last leaf (0: none): the builder resumes after it. */
  lastPosition: number;
}

export interface CheckpointPage {
  /** Newest first. */
  checkpoints: SignedCheckpoint[];
  /** Pass as `beforeSize` for the next (older) page; absent on the last page. */
  nextBeforeSize?: number;
}

export interface TransparencyStore {
  head(): Promise<TreeHead>;
  /**
   * Writes changed tiles, new leaves and the new head. Idempotent: a builder that crashed
   * half-way writes the same tiles and leaves again; nothing past the head is ever read.
   */
  commit(tiles: readonly Tile[], leaves: readonly LeafEntry[], head: TreeHead): Promise<void>;
  /** The tiles asked for (missing ones absent from the map, keyed `level/index`). */
  tiles(ids: readonly TileId[]): Promise<Map<string, Buffer>>;
  leafByPosition(position: number): Promise<LeafEntry | undefined>;
  leafByEventId(eventId: string): Promise<LeafEntry | undefined>;
  saveCheckpoint(checkpoint: SignedCheckpoint): Promise<void>;
  checkpoint(size: number): Promise<SignedCheckpoint | undefined>;
  latestCheckpoint(): Promise<SignedCheckpoint | undefined>;
  checkpoints(options: { beforeSize?: number; limit: number }): Promise<CheckpointPage>;
  close(): Promise<void>;
}

export const tileKey = (id: TileId): string => `${id.level}/${id.index}`;
