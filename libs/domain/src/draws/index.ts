export * from './sha256';
export * from './entity-draw';
export * from './candidate-pool';
export * from './directory-entry';
export * from './inspector-draw';
export * from './inspector-directory-replay';
export * from './sha256-js';
export * from './draw-records';
