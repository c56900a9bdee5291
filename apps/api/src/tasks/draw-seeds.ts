import { commitmentOf } from '@app/domain';
import type { Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { STORES } from '../stores/stores.providers';

const NAMESPACE = 'drawSeeds';

/**
 * The secret seed of a task's draw: made at initiation, kept out of the log (only its SHA-256
 * commitment is recorded), revealed in the draw event, so nobody could know the draw beforehand
 * and anybody can check afterwards that the seed is the one committed to.
 */
@Injectable()
export class DrawSeeds {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  /** A new seed for the task (the same task id gets the same seed: retries are safe). */
  async commit(taskId: string): Promise<{ commitment: string }> {
    const seed = randomBytes(32).toString('hex');
    const existing = await this.stores.records.putIfAbsent(NAMESPACE, taskId, { value: seed });
    return { commitment: commitmentOf(existing?.value ?? seed) };
  }

  async reveal(taskId: string): Promise<string | undefined> {
    return (await this.stores.records.get(NAMESPACE, taskId, Date.now()))?.value;
  }
}

/** Where an accepting participant's contribution to a task's draw key is kept. */
export function contributionSeedKey(taskId: string, departmentId: string): string {
  return `${taskId}|contribution|${departmentId}`;
}

/** Where a department's inspector-draw seed of a task is kept. */
export function inspectorSeedKey(taskId: string, departmentId: string): string {
  return `${taskId}|inspectors|${departmentId}`;
}
