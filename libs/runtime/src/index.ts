export * from './app-config';
export * from './open-stores';
export * from './auth-secret';
export * from './access-token';
export * from './calendar-dataset';
export * from './domain-upcasters';
export * from './password-hash';
export * from './sign-in-config';
