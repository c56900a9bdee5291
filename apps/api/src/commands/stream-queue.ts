/**
 * Runs work one at a time per key (a stream), in arrival order, and concurrently across keys.
 * Commands on the same aggregate in one process then never race each other for its revision:
 * they queue instead of failing and retrying (other processes still meet the expected-revision
 * check, and the handler's retries, as before).
 */
export class StreamQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
