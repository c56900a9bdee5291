export * from './decider';
export * from './domain-error';
export * from './clock';
export * from './domain-event';
export * from './registers';
export * from './calendar';
export * from './plans';
export * from './tasks';
