import type { EventStoreDBClient } from '@eventstore/db-client';

/**
 * The part of the client the adapter uses. Unit tests stand in for it with a fake: no server
 * runs here, and this is the one boundary that may be faked (never our own stores).
 */
export type EsdbClient = Pick<
  EventStoreDBClient,
  'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'
>;
