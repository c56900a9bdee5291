/**
 * The transparency log (docs/adr/0021-transparency-log.md): a Merkle tree over every event's chain
 * hash in log order, stored in tiles, with signed checkpoints. The tree maths and the verification
 * an auditor runs live in @app/audit; this library keeps and serves the tree.
 */
export * from './transparency-store.port';
export { SqliteTransparencyStore } from './sqlite/sqlite-transparency-store';
// A type here: the mongodb driver loads only where openStores (libs/runtime) opens MongoDB
// (docs/operations.md, "Start-up"). Import the class from its own path.
export type { MongoTransparencyStore } from './mongodb/mongo-transparency-store';
export { PostgresTransparencyStore } from './postgres/postgres-transparency-store';
export { TILE_HEIGHT, TILE_WIDTH, TileReader } from './tile-reader';
export { type EventLeaf, TreeBuilder } from './tree-builder';
export { type SigningKey, loadSigningKey } from './signing-key';
export {
  type ListedKey,
  TRANSPARENCY_KEY_INTRODUCED,
  TRANSPARENCY_KEY_STREAM,
  listedKeys,
  recordKey,
} from './key-events';
export { TransparencyLog, type TransparencyLogOptions, type TransparencyLogStatus } from './transparency-log';
export {
  transparencyProofs,
  type InclusionAnswer,
  type ConsistencyAnswer,
  type ProofRefusal,
  type TransparencyProofs,
} from './proofs';
export { anchorSource } from './anchor-source';
