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
  drawFromLog,
  inputsOfRecord,
  v2DrawKey,
  drawFromSnapshot,
} from './compute-entity-draw';
export { entityRegionsAt, inspectorsAt } from './inspectors-at';
export { computeInspectorDraw, listedEntityIds } from './inspector-draw';
export { recordedEntityDraw, verifyEntityDraw } from './verify-entity-draw';
export {
  type BundleVerification,
  TASK_BUNDLE_FORMAT,
  type TaskBundle,
  exportTaskBundle,
  verifyTaskBundle,
} from './task-bundle';
