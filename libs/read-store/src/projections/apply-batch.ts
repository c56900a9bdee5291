import type { RecordedEvent } from '@app/event-store';
import { isDeepStrictEqual } from 'node:util';
import type { ReadDocument } from '../read-model';
import type { AppliedPositions, DocumentWrite } from '../read-model-store.port';
import type { DocumentChange, AnyProjection } from './projection';

/** Current versions of the documents a batch touches, by collection and id. */
export type WorkingSet = Map<string, Map<string, ReadDocument | null>>;

/** What the store says each loaded document already contains, by collection (getMany's `applied`). */
export type AppliedByCollection = Map<string, AppliedPositions>;

export interface BatchResult {
  writes: DocumentWrite[];
  /** Events applied, in order (all of them unless one threw). */
  applied: number;
  failure?: { event: RecordedEvent; error: Error };
}

/** The documents whose current version the batch's changes need. */
export function changesOf(
  projection: AnyProjection,
  events: readonly RecordedEvent[],
): {
  changes: (readonly DocumentChange[])[];
  failure?: { index: number; error: Error };
} {
  const changes: (readonly DocumentChange[])[] = [];
  for (let index = 0; index < events.length; index += 1) {
    try {
      changes.push(projection.apply(events[index]));
    } catch (error) {
      return {
        changes,
        failure: { index, error: error instanceof Error ? error : new Error(String(error)) },
      };
    }
  }
  return { changes };
}

export function idsToLoad(changes: readonly (readonly DocumentChange[])[]): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>();
  for (const eventChanges of changes) {
    for (const change of eventChanges) {
      if (!('update' in change)) continue;
      let set = ids.get(change.collection);
      if (!set) {
        set = new Set<string>();
        ids.set(change.collection, set);
      }
      set.add(change.id);
    }
  }
  return ids;
}

/**
 * Applies the changes, in event order, to the working set, and returns the documents to write.
 * An update that throws stops the batch there: the events before it are still applied. A change
 * to a document whose applied position is at or past its event is skipped: a replay after a
 * crash, in a store without transactions, that the document already contains. A document the
 * batch leaves as it was loaded (an update that changes nothing, such as a result entered again) is
 * not written: rewriting it and its indexes would only cost pages.
 */
export function applyChanges(
  events: readonly RecordedEvent[],
  changes: readonly (readonly DocumentChange[])[],
  working: WorkingSet,
  applied: AppliedByCollection = new Map(),
): BatchResult {
  const dirty = new Map<string, Map<string, number>>();
  /** Each dirty document as the batch found it, where it was loaded. */
  const original = new Map<string, Map<string, ReadDocument | null>>();
  const documents = (collection: string): Map<string, ReadDocument | null> => {
    let map = working.get(collection);
    if (!map) {
      map = new Map();
      working.set(collection, map);
    }
    return map;
  };
  let appliedEvents = 0;
  let failure: BatchResult['failure'];
  outer: for (const [index, eventChanges] of changes.entries()) {
    const staged: [string, string, ReadDocument | null][] = [];
    const position = events[index].position;
    for (const change of eventChanges) {
      const contains = applied.get(change.collection)?.get(change.id);
      if (contains !== undefined && position <= contains) continue;
      let next: ReadDocument | null;
      if ('put' in change) next = change.put.id === change.id ? change.put : { ...change.put, id: change.id };
      else if ('remove' in change) next = null;
      else {
        try {
          const current = staged.findLast(([c, id]) => c === change.collection && id === change.id)?.[2];
          const base = current !== undefined ? current : documents(change.collection).get(change.id);
          const updated = change.update(base === null ? undefined : base);
          next = updated === null || updated.id === change.id ? updated : { ...updated, id: change.id };
        } catch (error) {
          failure = {
            event: events[index],
            error: error instanceof Error ? error : new Error(String(error)),
          };
          break outer;
        }
      }
      staged.push([change.collection, change.id, next]);
    }
    // An event's changes apply together or, if one throws, not at all.
    for (const [collection, id, document] of staged) {
      const current = documents(collection);
      const positions = dirty.get(collection) ?? new Map<string, number>();
      if (!positions.has(id) && current.has(id)) {
        const found = original.get(collection) ?? new Map<string, ReadDocument | null>();
        found.set(id, current.get(id) as ReadDocument | null);
        original.set(collection, found);
      }
      current.set(id, document);
      positions.set(id, position);
      dirty.set(collection, positions);
    }
    appliedEvents += 1;
  }
  const writes: DocumentWrite[] = [];
  for (const [collection, positions] of dirty) {
    for (const [id, position] of positions) {
      const document = working.get(collection)?.get(id) ?? null;
      const found = original.get(collection);
      if (found?.has(id) && isDeepStrictEqual(found.get(id), document)) continue;
      writes.push({ collection, id, document, position });
    }
  }
  return { writes, applied: appliedEvents, failure };
}
