import type { SealedPersonalData } from '../registers/vocabulary';
import { reject } from './task-guards';
import type { InspectionResult } from './task-vocabulary';

/**
 * Free text that may name or reach third parties (a witness's name and phone, what the entity's
 * staff said, who a case was filed against) enters the log only sealed (docs/events.md, "Personal
 * data in free text"). It is sealed under the key of one inspection: one entity in one task, the
 * visit its texts come from, so that erasing that key erases them and nothing else.
 */
export const personalTextSubject = (taskId: string, entityId: string): string =>
  `inspection/${taskId}/${entityId}`;

/** The fields sealed, by where they are: a result's, an objection's, a follow-up's. */
export const PERSONAL_TEXT_FIELDS = {
  result: ['witness', 'notes'],
  objection: ['grounds'],
  followUp: ['detail'],
} as const;

/** Why an answer leaves sealed text out: the reader may not see it, or its key was erased. */
export type Withheld = 'not_allowed' | 'erased';

/** A result's free text is sealed before it reaches the task (events before sealing hold it in clear). */
export function assertResultSealed(result: InspectionResult): void {
  const clear = PERSONAL_TEXT_FIELDS.result.filter((field) => result[field] !== undefined);
  if (clear.length > 0 || result.withheld !== undefined) {
    reject(
      'PERSONAL_TEXT_NOT_SEALED',
      `Sealed personal text only, not in clear: ${clear.join(', ') || 'withheld'}`,
    );
  }
}

/** Nothing more is sealed for an inspection whose key was erased. */
export function assertNotErased(erased: readonly string[] | undefined, entityId: string): void {
  if (erased?.includes(entityId)) {
    reject('PERSONAL_TEXT_ERASED', `The personal text of the inspection of ${entityId} was erased`);
  }
}

export type SealedText = SealedPersonalData;
