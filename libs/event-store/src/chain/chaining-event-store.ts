import { WrongExpectedRevision } from '../errors';
import { newEventId } from '../event-id';
import type {
  AppendOptions,
  AppendResult,
  CurrentRevision,
  EventStore,
  EventStoreStatus,
  EventSubscription,
  ReadAllOptions,
  ReadStreamOptions,
  StreamsByPrefixOptions,
  SubscribeToAllOptions,
} from '../event-store.port';
import type { EventData, RecordedEvent } from '../recorded-event';
import { readManyStreams } from '../read-many-streams';
import { revisionMatches } from '../revision-matches';
import { GENESIS_HASH } from './event-chain';
import { seal } from './seal';

/** How often an append that did not name a revision retries after losing a race. */
const RETRIES = 20;

/**
 * Seals every appended event into its stream's hash chain (docs/event-store.md, "Tamper
 * evidence"): each event's metadata names the hash of the one before it and carries the hash of
 * its own canonical content. It reads the stream's last event, appends at exactly the next
 * revision, and, when the caller did not name a revision, tries again after a lost race: so the
 * chain never forks. Works over any store. The api's writer (StreamWriter) names the revision and
 * hands over the link it read, so its appends are sealed here once, without a read or a retry.
 */
export class ChainingEventStore implements EventStore {
  constructor(private readonly inner: EventStore) {}

  async appendToStream(
    stream: string,
    events: readonly EventData[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    // Ids first: the hash covers them, and a retried append must keep them. Lowercase, as stores keep them.
    const ids = events.map((event) => (event.id ?? newEventId()).toLowerCase());
    for (let attempt = 0; ; attempt += 1) {
      // The writer's link (docs/architecture.md, "Writing") spares reading the last event back; the
      // store still checks the revision as it appends, so an event in between is a conflict, not a fork.
      const given = attempt === 0 ? options.chainFrom : undefined;
      const last =
        options.expectedRevision === 'no_stream'
          ? undefined
          : given && given.revision === options.expectedRevision
            ? { revision: given.revision, id: undefined, metadata: { hash: given.hash } }
            : await this.lastEvent(stream);
      const current: CurrentRevision = last ? last.revision : 'no_stream';
      if (!revisionMatches(options.expectedRevision, current)) {
        // A retry of an append that succeeded answers as the first did: the store recognises its ids.
        if (last?.id !== undefined && ids.includes(last.id)) {
          const identified = events.map((event, i) => ({ ...event, id: ids[i] }));
          return this.withHash(stream, await this.inner.appendToStream(stream, identified, options));
        }
        throw new WrongExpectedRevision(stream, options.expectedRevision, current);
      }
      const sealed = seal(
        stream,
        events,
        ids,
        last ? last.revision : -1,
        last?.metadata.hash ?? GENESIS_HASH,
      );
      const revision = (last ? last.revision : -1) + sealed.length;
      try {
        const result = await this.inner.appendToStream(stream, sealed, {
          expectedRevision: last ? last.revision : 'no_stream',
        });
        // The store may answer an earlier append of the same ids, at another revision.
        return result.nextExpectedRevision === revision
          ? { ...result, hash: sealed[sealed.length - 1].metadata.hash }
          : this.withHash(stream, result);
      } catch (error) {
        const named =
          typeof options.expectedRevision === 'number' || options.expectedRevision === 'no_stream';
        if (!(error instanceof WrongExpectedRevision) || named || attempt >= RETRIES) throw error;
      }
    }
  }

  /** An answer for an append made before, with the hash of its last event as the first answer had. */
  private async withHash(stream: string, result: AppendResult): Promise<AppendResult> {
    const read = this.inner.readStream(stream, { fromRevision: result.nextExpectedRevision, maxCount: 1 });
    for await (const event of read) return { ...result, hash: event.metadata.hash };
    return result;
  }

  private async lastEvent(stream: string): Promise<RecordedEvent | undefined> {
    for await (const event of this.inner.readStream(stream, { direction: 'backwards', maxCount: 1 })) {
      return event;
    }
    return undefined;
  }

  readStream(stream: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    return this.inner.readStream(stream, options);
  }

  readStreams(streams: readonly string[]): AsyncIterable<RecordedEvent> {
    return readManyStreams(this.inner, streams);
  }

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    return this.inner.readAll(options);
  }

  readStreamsByPrefix(prefix: string, options: StreamsByPrefixOptions): AsyncIterable<RecordedEvent> {
    return this.inner.readStreamsByPrefix(prefix, options);
  }

  subscribeToAll(options?: SubscribeToAllOptions): EventSubscription {
    return this.inner.subscribeToAll(options);
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  countAfter(position: number, cap?: number): Promise<number> {
    return this.inner.countAfter(position, cap);
  }

  status(): Promise<EventStoreStatus> {
    return this.inner.status();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
