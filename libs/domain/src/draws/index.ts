export * from './sha256';
export * from './entity-draw';
