export * from './app-config';
export * from './open-stores';
