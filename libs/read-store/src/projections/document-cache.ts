import type { ReadDocument } from '../read-model';
import type { WorkingSet } from './apply-batch';

/**
 * The documents a runner last wrote or read, by collection and id (null: absent). The runner is
 * the only writer of its namespace, so they are current; it saves reading them back.
 */
export class DocumentCache {
  private readonly collections = new Map<string, Map<string, ReadDocument | null>>();
  private size = 0;

  constructor(private readonly limit: number) {}

  /** The document as last known (null: absent), or undefined when it is not kept. */
  get(collection: string, id: string): ReadDocument | null | undefined {
    return this.collections.get(collection)?.get(id);
  }

  clear(): void {
    this.collections.clear();
    this.size = 0;
  }

  /** Keeps the documents of a committed batch. */
  remember(working: WorkingSet): void {
    for (const [collection, documents] of working) {
      let cache = this.collections.get(collection);
      if (!cache) {
        cache = new Map();
        this.collections.set(collection, cache);
      }
      for (const [id, document] of documents) {
        if (!cache.has(id)) this.size += 1;
        cache.set(id, document);
      }
    }
    // Past the limit, start again empty: simpler than an LRU, and rare.
    if (this.size > this.limit) this.clear();
  }
}
