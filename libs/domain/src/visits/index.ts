export * from './visit-events';
export * from './visit-rules';
export * from './visit-team';
export * from './visit';
export * from './visit-joins';
