/**
 * What an auditor runs (docs/architecture.md, "libs/audit"): a task's draws recomputed from the
 * log, the hash chain checked, a task's bundle exported and verified offline. Framework-free, so
 * the api, the cli, the benches and the console use the same code; this file is its only door.
 */
export { type ChainCheck, checkChain } from './chain';
export { loadAggregate } from './load-aggregate';
export {
  type ComputedDraw,
  type DrawInputs,
  type DrawnTask,
  type V2Inputs,
  type SourceEntity,
  directoryFromLog,
  drawFromLog,
  inputsOfRecord,
  v2DrawKey,
  drawFromSnapshot,
} from './compute-entity-draw';
export { type DrawPartThreadStarter, useDrawPartThreads } from './draw-parts/two-threads';
export { serveDrawPart } from './draw-parts/part-thread';
export { DRAW_PART_THREAD } from './draw-parts/part-job';
export { entityRegionsAt, inspectorsAt } from './inspectors-at';
export { entitiesAtItemFrequency } from './item-frequency';
export { computeInspectorDraw, listedEntityIds } from './inspector-draw';
export {
  recordedEntityDraw,
  recordedEntityDrawAt,
  v2InspectorPosition,
  verifyEntityDraw,
} from './verify-entity-draw';
export {
  type BundleVerification,
  type BundleVerificationOptions,
  type ExportAnchoring,
  TASK_BUNDLE_FORMAT,
  type TaskBundle,
  exportTaskBundle,
  verifyTaskBundle,
} from './task-bundle';
export { EMPTY_ROOT, eventLeafHash, leafHash, nodeHash } from './transparency/merkle-hash';
export {
  type LeafRange,
  type NodeId,
  consistencyRanges,
  foldNodes,
  inclusionRanges,
  rangeNodes,
} from './transparency/merkle-proofs';
export {
  type ProofCheck,
  type ProofFailure,
  verifyConsistency,
  verifyInclusion,
} from './transparency/merkle-verify';
export { MemoryMerkleTree, rangeHash } from './transparency/memory-merkle-tree';
export {
  type Checkpoint,
  type CheckpointCheck,
  type CheckpointFailure,
  type CheckpointKey,
  type SignedCheckpoint,
  checkpointKey,
  signCheckpoint,
  verifyCheckpointNote,
} from './transparency/checkpoint-note';
export {
  type AnchorProblem,
  type AnchorProblemKind,
  type AnchorVerification,
  type BundleAnchor,
  type ConsistencyProof,
  type SavedCheckpoints,
  verifyBundleAnchor,
} from './transparency/bundle-anchor';
export { type AnchorSource, MAX_CONSISTENCY_FROM, anchorEvents } from './transparency/anchor-source';
export { type PublicDrawFacts, publicDrawFacts } from './public-draw/public-draw-facts';
export { publicDrawLines } from './public-draw/public-draw-lines';
export { type VisitTeamCheck, verifyVisitTeam } from './verify-visit-team';
export {
  type AttachedFile,
  type EvidenceFilesVerification,
  attachedFiles,
  verifyEvidenceFiles,
} from './bundle-evidence';
