export * from './vocabulary';
export * from './unified-social-credit-code';
export * from './id-card-number';
export * from './department';
export * from './check-item';
export * from './joint-item-list';
export * from './entity';
export * from './inspector';
