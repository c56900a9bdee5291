import { type NodeId, consistencyRanges, foldNodes, inclusionRanges, nodeHash, rangeNodes } from '@app/audit';
import { type TileId, type TransparencyStore, tileKey } from './transparency-store.port';

/** Tiles are 8 tree levels high: a tile row holds 256 hashes of one level (tlog tiles, RFC 9162 hashing). */
export const TILE_HEIGHT = 8;
export const TILE_WIDTH = 2 ** TILE_HEIGHT;
const HASH = 32;

/** Root of a complete subtree from its bottom hashes (a power of two of them). */
export function subtreeRoot(hashes: readonly Buffer[]): Buffer {
  let level = [...hashes];
  while (level.length > 1) {
    const up: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) up.push(nodeHash(level[i], level[i + 1]));
    level = up;
  }
  return level[0];
}

/** Where a complete subtree's bottom hashes lie: one tile, `count` hashes from `offset`. */
function locate({ level, index }: NodeId): { tile: TileId; offset: number; count: number } {
  const tileLevel = Math.floor(level / TILE_HEIGHT);
  const count = 2 ** (level - tileLevel * TILE_HEIGHT);
  const first = index * count;
  return {
    tile: { level: tileLevel, index: Math.floor(first / TILE_WIDTH) },
    offset: first % TILE_WIDTH,
    count,
  };
}

/** Roots and RFC 9162 proofs of any tree size up to the stored head, reading O(log n) tiles. */
export class TileReader {
  constructor(private readonly store: TransparencyStore) {}

  async nodes(ids: readonly NodeId[]): Promise<Buffer[]> {
    const places = ids.map(locate);
    const wanted = new Map(places.map((p) => [tileKey(p.tile), p.tile]));
    const tiles = await this.store.tiles([...wanted.values()]);
    return places.map(({ tile, offset, count }) => {
      const hashes = tiles.get(tileKey(tile));
      if (!hashes || hashes.length < (offset + count) * HASH) {
        throw new Error(`the tree store lacks tile ${tileKey(tile)}: the tree is smaller than asked`);
      }
      const bottom = Array.from({ length: count }, (_, i) =>
        hashes.subarray((offset + i) * HASH, (offset + i + 1) * HASH),
      );
      return subtreeRoot(bottom);
    });
  }

  async root(size: number): Promise<Buffer> {
    return foldNodes(await this.nodes(rangeNodes({ start: 0, end: size })));
  }

  async inclusionProof(index: number, size: number): Promise<Buffer[]> {
    return this.resolve(inclusionRanges(index, size));
  }

  async consistencyProof(size1: number, size2: number): Promise<Buffer[]> {
    return this.resolve(consistencyRanges(size1, size2));
  }

  /** Each range's hash, fetching every tile the proof needs at once. */
  private async resolve(ranges: { start: number; end: number }[]): Promise<Buffer[]> {
    const perRange = ranges.map(rangeNodes);
    const hashes = await this.nodes(perRange.flat());
    let at = 0;
    return perRange.map((nodes) => {
      const slice = hashes.slice(at, at + nodes.length);
      at += nodes.length;
      return foldNodes(slice);
    });
  }
}
