import { eventStoreContract } from '../testing/event-store.contract';
import { EsdbEventStore } from './esdb-event-store';

const url = process.env.EVENTSTORE_URL;

if (!url) {
  describe('EsdbEventStore', () => {
    it.skip('contract: skipped because EVENTSTORE_URL is not set (e.g. esdb://localhost:2113?tls=false)', () => {
      // Runs against a real EventStoreDB when EVENTSTORE_URL is set: docs/operations.md.
    });
  });
} else {
  describe(`EsdbEventStore (${url.replace(/\/\/[^@/]*@/, '//***@')})`, () => {
    eventStoreContract({ open: () => Promise.resolve(new EsdbEventStore(url)) });
  });
}
