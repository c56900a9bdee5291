export * from './task-vocabulary';
export * from './result-category-words';
export * from './task-events';
export * from './task-commands';
export * from './task-state';
export * from './evolve-task';
export * from './inspection-task';
export { assertEntitiesMayBeDrawn } from './teams';
export * from './personal-text';
export type { JointListFact } from './from-joint-list';
export type { OfficeInitiation } from './office-initiation';
export { type Sealer, assertMaySeal } from './sealing-guard';
export { actingDepartments, listedEntities, poolFrozen } from './task-guards';
export {
  assertBeaconDrawReady,
  drawsByBeaconRules,
  publicOperatorTrusted,
  taskBeaconReading,
  taskSeedCommitments,
} from './beacon-rules';
export {
  MAX_EXPERTS_PER_ENTITY,
  assertCountsTowardTeam,
  enforcementValidThrough,
  isAuxiliary,
} from './experts';
export {
  BEYOND_PLAN_REQUEST_ID,
  type CountPool,
  type PlanDeviation,
  countAllowance,
  planDeviations,
} from './plan-binding';
export { type JoinVisit, type VisitJoiningEvent, inspectedEntities } from './visit-joining';
export * from './evidence-vocabulary';
export { type AttachEvidence, type EvidenceEvent } from './evidence';
