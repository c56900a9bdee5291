export * from './feed-subscriber';
