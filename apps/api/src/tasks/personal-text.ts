import {
  DomainError,
  type InspectionTaskState,
  type SealedText,
  type Sealer,
  actingDepartments,
  assertMaySeal,
  inspectionTaskDecider,
  personalTextSubject,
  registerStreams,
} from '@app/domain';
import { PersonErased } from '@app/record-store';
import type { Actor, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { loadAggregate } from '@app/audit';
import { recordThenDestroyKey } from '../common/key-erasure';
import { STORES } from '../stores/stores.providers';
import { PersonalTextReader } from './personal-text-reader';

/** Roles that oversee every task (docs/security.md): they read its personal text wherever it is. */
const OVERSEERS = ['admin', 'auditor', 'supervisor'] as const;

/**
 * Free text that may carry personal data, sealed under one inspection's key in the vault
 * (docs/events.md, "Personal data in free text"): sealing before a command, reading for one reader,
 * erasing.
 */
@Injectable()
export class PersonalText {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  /**
   * The non-blank fields sealed for the inspection of the entity; undefined when there are none.
   * Only once the task, the entity and `sealer` are found to belong together (assertMaySeal):
   * a key the vault makes is kept for good, so none is made for a write the task would refuse.
   */
  async seal(
    taskId: string,
    entityId: string,
    sealer: Sealer,
    fields: Record<string, string | undefined>,
  ): Promise<SealedText | undefined> {
    const given = Object.entries(fields).filter((entry): entry is [string, string] => !!entry[1]);
    if (given.length === 0) return undefined;
    const { state } = await loadAggregate(
      this.stores.events,
      registerStreams.inspectionTask(taskId),
      inspectionTaskDecider,
    );
    assertMaySeal(state, taskId, entityId, sealer);
    try {
      return (await this.stores.vault.seal(
        personalTextSubject(taskId, entityId),
        Object.fromEntries(given),
      )) as unknown as SealedText;
    } catch (error) {
      if (error instanceof PersonErased) {
        throw new DomainError(
          'PERSONAL_TEXT_ERASED',
          `The personal text of the inspection of ${entityId} was erased; nothing more is recorded for it`,
        );
      }
      throw error;
    }
  }

  /**
   * Records the erasure (`record`, the domain's command), then destroys the inspection's key: its
   * sealed text is unreadable for good. A retry after a crash in between finishes it.
   */
  async erase(taskId: string, entityId: string, record: () => Promise<unknown>): Promise<void> {
    await recordThenDestroyKey(
      this.stores.vault,
      personalTextSubject(taskId, entityId),
      'PERSONAL_TEXT_ALREADY_ERASED',
      record,
      { taskId, entityId },
    );
  }

  /**
   * How `actor` reads the task's free text: opened for the departments taking part in it (the lead
   * and the participants that accepted) and for the overseers; withheld for anyone else, and for
   * everyone when `actor` is undefined (answers to writes, kept for Idempotency-Key replays where
   * an erasure could not reach them). `task` is the task as it is now: it says who reads, and
   * which inspections' text is erased.
   */
  readerFor(taskId: string, task: InspectionTaskState, actor: Actor | undefined): PersonalTextReader {
    const erased = task.status === 'absent' ? [] : (task.personalTextErased ?? []);
    return new PersonalTextReader(this.stores.vault.keyring(), taskId, mayRead(task, actor), erased);
  }
}

function mayRead(task: InspectionTaskState, actor: Actor | undefined): boolean {
  if (!actor || task.status === 'absent') return false;
  if (OVERSEERS.some((role) => actor.roles.includes(role))) return true;
  return actingDepartments(task).includes(actor.departmentId);
}
