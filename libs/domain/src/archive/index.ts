export * from './case-file-export';
