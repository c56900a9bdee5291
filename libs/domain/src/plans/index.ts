export * from './plan';
export * from './criteria-shape';
export * from './plan-execution';
