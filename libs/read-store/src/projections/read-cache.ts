import { shareAnswer } from './shared-answers';

/**
 * Answers to read-model queries, each kept with the version of the read model it was read at (the
 * namespace and the checkpoint of the runner that alone writes it). A read model changes only
 * when its runner commits, which moves the checkpoint, so an answer kept at the current version
 * is exactly what the query would read again: the officials who open the same dashboard page
 * between two changes share one query. Answers are frozen and shared (shared-answers.ts): every
 * caller gets the same objects, and the api serialises each one once.
 * Bounded: past the limit it starts again empty.
 */
export class ReadCache {
  private readonly answers = new Map<string, { version: string; answer: unknown }>();

  constructor(private readonly limit: number) {}

  async through<T>(key: string, version: string, read: () => Promise<T>): Promise<T> {
    if (this.limit <= 0) return read();
    const kept = this.answers.get(key);
    if (kept?.version === version) return kept.answer as T;
    const answer = shareAnswer(await read());
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(key, { version, answer });
    return answer;
  }
}
