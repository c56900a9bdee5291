export * from './plan';
export * from './criteria-shape';
