export * from './user-events';
export * from './user-commands';
export * from './user-state';
export * from './user-roles';
export * from './user-sign-in';
export * from './user';
