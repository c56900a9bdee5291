import fc from 'fast-check';
import { DomainError } from '../domain-error';
import { inspectionTaskDecider } from './inspection-task';
import type { InspectionTaskCommand } from './task-commands';
import type { InspectionTaskState } from './task-state';
import {
  asInspector,
  cancelTask,
  decideRequest,
  drawEntities,
  drawInspectors,
  enterResult,
  fileObjection,
  initiateTask,
  leadClerk,
  leadHead,
  lockTask,
  outsider,
  publishResult,
  recordFollowUp,
  requestCorrection,
  requestReplacement,
  requestWithdrawal,
  respondToTask,
  reviewObjection,
  stopPublicDisclosure,
  wsClerk,
  xfClerk,
} from './testing/task-fixtures';

/*
 * Random commands in random order, from every kind the task knows, by random officials, on
 * random entities and days: the decider never throws anything but a DomainError with a stable
 * code, is a pure function, and what it accepts never breaks the task's invariants.
 */
const commands: (() => InspectionTaskCommand)[] = [
  () => initiateTask(),
  () => respondToTask('xf'),
  () => respondToTask('ws'),
  () => respondToTask('ws', { accepted: false, itemIds: [] }),
  () => drawEntities(),
  () => drawEntities({ entityIds: ['e1'] }),
  () => drawInspectors('scjg'),
  () => drawInspectors('xf'),
  () => drawInspectors('ws'),
  () => lockTask(),
  () => requestReplacement(),
  () => requestWithdrawal(),
  () => decideRequest(),
  () => decideRequest({ approve: false }),
  () => enterResult(),
  () => publishResult(),
  () => requestCorrection(),
  () => fileObjection(),
  () => reviewObjection(),
  () => recordFollowUp(),
  () => cancelTask(),
  () => stopPublicDisclosure(),
];
const actors = [
  leadClerk,
  leadHead,
  xfClerk,
  wsClerk,
  outsider,
  asInspector('p-scjg-1'),
  asInspector('p-xf-1'),
];

const command = fc
  .record({
    kind: fc.nat(commands.length - 1),
    actor: fc.option(fc.nat(actors.length - 1)),
    entity: fc.option(fc.constantFrom('e1', 'e2', 'e3', 'e9')),
    today: fc.option(fc.constantFrom('2026-04-20', '2026-05-12', '2026-05-20', '2026-07-01', '2029-06-01')),
  })
  .map(({ kind, actor, entity, today }) => {
    const base = commands[kind]() as InspectionTaskCommand & Record<string, unknown>;
    return {
      ...base,
      ...(actor !== null && 'by' in base ? { by: actors[actor] } : {}),
      ...(entity !== null && 'entityId' in base ? { entityId: entity } : {}),
      ...(today !== null && 'today' in base ? { today } : {}),
    };
  });

function invariants(before: InspectionTaskState, after: InspectionTaskState): void {
  if (before.status === 'cancelled') expect(after).toBe(before);
  if (before.status === 'locked') expect(after.status).toBe('locked');
  if (after.status === 'absent') return;
  if (before.status !== 'absent' && before.entityIds !== null)
    expect(after.entityIds).toEqual(before.entityIds);
  for (const key of Object.keys(after.published)) expect(after.entered).toHaveProperty([key]);
  for (const key of Object.keys(after.disclosureStopped)) expect(after.published).toHaveProperty([key]);
  for (const entityId of after.withdrawnEntityIds) expect(after.entityIds ?? []).toContain(entityId);
}

describe('inspection task decider, under random commands (fast-check)', () => {
  it('refuses only with DomainErrors of a stable code, decides purely, and keeps its invariants', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 40 }), (sequence) => {
        let state = inspectionTaskDecider.initialState();
        for (const next of sequence) {
          let events;
          try {
            events = inspectionTaskDecider.decide(next, state);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect((error as DomainError).code).toMatch(/^[A-Z][A-Z0-9_]*$/);
            continue;
          }
          expect(inspectionTaskDecider.decide(next, state)).toEqual(events);
          const after = events.reduce(inspectionTaskDecider.evolve, state);
          invariants(state, after);
          state = after;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reaches the later stages often enough to test them: an honest walk through the life of a task', () => {
    const walk = [
      initiateTask(),
      respondToTask('xf'),
      respondToTask('ws'),
      drawEntities(),
      drawInspectors('scjg'),
      drawInspectors('xf'),
      drawInspectors('ws'),
      lockTask(),
      enterResult(),
      publishResult(),
    ];
    let state = inspectionTaskDecider.initialState();
    for (const next of walk)
      state = inspectionTaskDecider.decide(next, state).reduce(inspectionTaskDecider.evolve, state);
    expect(state.status).toBe('locked');
    // From a published task, random commands keep the invariants too.
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 25 }), (sequence) => {
        let current = state;
        for (const next of sequence) {
          try {
            const after = inspectionTaskDecider
              .decide(next, current)
              .reduce(inspectionTaskDecider.evolve, current);
            invariants(current, after);
            current = after;
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
