export * from './plan';
export * from './criteria-shape';
export * from './plan-filing';
export * from './consolidated-plan';
export * from './plan-execution';
export type { PlanJointListFact } from './plan-from-joint-list';
