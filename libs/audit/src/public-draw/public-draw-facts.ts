import type { PublicDrawAnswer, PublicSeedCommitment, RecordedAt } from '@app/contract';
import {
  type BeaconRound,
  type EntityDrawRecord,
  type InspectorDrawRecord,
  PUBLIC_DRAW_BUNDLE_FORMAT,
  PUBLIC_DRAW_COLUMNS,
  type PublicDrawBundleHeader,
  publicOperatorTrusted,
  registerStreams,
  type Sampling,
  type TargetCriteria,
} from '@app/domain';
import type { EventStore, RecordedEvent } from '@app/event-store';

/** What the public may check of a task's draw: the answer, the bundle's first line, and the events behind them. */
export interface PublicDrawFacts {
  answer: Omit<PublicDrawAnswer, 'status'>;
  header: Omit<PublicDrawBundleHeader, 'transparency'>;
  /** The task's events the facts come from, to anchor in the transparency log. */
  events: RecordedEvent[];
}

const at = (event: RecordedEvent): RecordedAt => ({
  recordedAt: event.recordedAt.toISOString(),
  position: event.position,
});

/** The draw-relevant events of a task's stream. */
const RELEVANT = new Set([
  'InspectionTaskInitiated',
  'ParticipantResponded',
  'PoolFrozen',
  'BeaconValueEntered',
  'BeaconValueConfirmed',
  'DrawnEntitiesListed',
  'EntitiesDrawn',
  'InspectorsDrawn',
]);

/**
 * Reads a task's stream for its draw's public facts (docs/draw.md §7): every commitment with when
 * it was recorded, the beacon, P, the record and the inspector draws without their inspectors.
 * Undefined when the task has not drawn. Officials appear only by department.
 */
export async function publicDrawFacts(
  events: EventStore,
  taskId: string,
): Promise<PublicDrawFacts | undefined> {
  const used: RecordedEvent[] = [];
  let initiated: RecordedEvent | undefined;
  const contributions = new Map<string, RecordedEvent>();
  let frozen: RecordedEvent | undefined;
  let entered: RecordedEvent | undefined;
  let confirmed: RecordedEvent | undefined;
  let drawn: RecordedEvent | undefined;
  const parts: string[][] = [];
  const inspectorDraws: RecordedEvent[] = [];
  for await (const event of events.readStream(registerStreams.inspectionTask(taskId))) {
    if (!RELEVANT.has(event.type)) continue;
    used.push(event);
    const data = event.data as Record<string, unknown>;
    if (event.type === 'InspectionTaskInitiated') initiated = event;
    else if (event.type === 'ParticipantResponded' && typeof data.seedCommitment === 'string') {
      contributions.set(data.departmentId as string, event);
    } else if (event.type === 'PoolFrozen') frozen = event;
    else if (event.type === 'BeaconValueEntered') entered = event;
    else if (event.type === 'BeaconValueConfirmed') confirmed = event;
    else if (event.type === 'DrawnEntitiesListed') parts.push(data.entityIds as string[]);
    else if (event.type === 'EntitiesDrawn') drawn = event;
    else if (event.type === 'InspectorsDrawn') inspectorDraws.push(event);
  }
  if (!initiated || !drawn) return undefined;
  const init = initiated.data as unknown as {
    name: string;
    leadDepartmentId: string;
    criteria: TargetCriteria;
    sampling: Sampling;
    seedCommitment: string;
    inspectorSeedCommitments?: Record<string, string>;
    beacon?: BeaconRound;
    operatorTrusted?: { reason: string };
    adhocReason?: string;
  };
  // The reason for going without a beacon is public unless it is the (internal) ad hoc reason.
  const trusted = publicOperatorTrusted(init.operatorTrusted, init.adhocReason);
  const drawRecord = drawn.data.draw as unknown as EntityDrawRecord;
  const record: EntityDrawRecord = drawRecord.operatorTrusted
    ? { ...drawRecord, operatorTrusted: trusted as { reason: string } }
    : drawRecord;
  const drawnIds = parts.length > 0 ? parts.flat() : (drawn.data.entityIds as string[]);
  const inspectorRecords = inspectorDraws.map((e) => ({
    event: e,
    draw: e.data.draw as unknown as InspectorDrawRecord,
  }));
  const revealedInspectorSeed = (departmentId: string) =>
    record.seeds?.inspectors[departmentId] ??
    inspectorRecords.find((d) => d.draw.departmentId === departmentId)?.draw.seed;

  const commitments: PublicSeedCommitment[] = [
    {
      kind: 'lead',
      departmentId: init.leadDepartmentId,
      commitment: init.seedCommitment,
      revealed: record.seed,
      ...at(initiated),
    },
  ];
  for (const [departmentId, event] of [...contributions].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const revealed = record.seeds?.contributions[departmentId];
    commitments.push({
      kind: 'contribution',
      departmentId,
      commitment: event.data.seedCommitment as string,
      ...(revealed ? { revealed } : {}),
      ...at(event),
    });
  }
  for (const [departmentId, commitment] of Object.entries(init.inspectorSeedCommitments ?? {})) {
    const revealed = revealedInspectorSeed(departmentId);
    commitments.push({
      kind: 'inspectors',
      departmentId,
      commitment,
      ...(revealed ? { revealed } : {}),
      ...at(initiated),
    });
  }

  const pool = frozen
    ? {
        poolPosition: frozen.data.position as number,
        frozenAt: frozen.data.frozenAt as string,
        ...at(frozen),
      }
    : { poolPosition: record.position, frozenAt: drawn.recordedAt.toISOString(), ...at(drawn) };
  const beacon: PublicDrawAnswer['beacon'] = init.beacon
    ? {
        ...init.beacon,
        named: at(initiated),
        ...(entered
          ? {
              entered: {
                departmentId: entered.data.departmentId as string,
                enteredAt: entered.data.enteredAt as string,
                ...at(entered),
              },
            }
          : {}),
        ...(confirmed
          ? {
              confirmed: {
                departmentId: confirmed.data.departmentId as string,
                confirmedAt: confirmed.data.confirmedAt as string,
                value: confirmed.data.value as string,
                ...at(confirmed),
              },
            }
          : {}),
      }
    : null;
  const answer: PublicDrawFacts['answer'] = {
    taskId,
    name: init.name,
    leadDepartmentId: init.leadDepartmentId,
    algorithm: record.algorithm,
    commitments,
    beacon,
    operatorTrusted: trusted,
    frozen: pool,
    draw: { record, drawnCount: drawnIds.length, ...at(drawn) },
    inspectorDraws: inspectorRecords.map(({ event, draw }) => ({
      departmentId: draw.departmentId,
      algorithm: draw.algorithm,
      seed: draw.seed,
      seedCommitment: draw.seedCommitment,
      poolPosition: draw.position,
      perEntity: draw.perEntity,
      candidates: draw.candidates,
      appointed: draw.appointed.length,
      ...at(event),
    })),
  };
  const header: PublicDrawFacts['header'] = {
    format: PUBLIC_DRAW_BUNDLE_FORMAT,
    taskId,
    task: { criteria: init.criteria, sampling: init.sampling },
    record,
    commitments: {
      lead: init.seedCommitment,
      contributions: Object.fromEntries(
        [...contributions].map(([d, e]) => [d, e.data.seedCommitment as string]),
      ),
      inspectors: init.inspectorSeedCommitments ?? {},
    },
    beacon: init.beacon
      ? { ...init.beacon, value: (confirmed?.data.value as string | undefined) ?? null }
      : null,
    operatorTrusted: trusted as { reason: string } | null,
    frozen: frozen
      ? { position: frozen.data.position as number, frozenAt: frozen.data.frozenAt as string }
      : null,
    inspectorSeeds: Object.fromEntries(inspectorRecords.map(({ draw }) => [draw.departmentId, draw.seed])),
    drawnIds,
    columns: PUBLIC_DRAW_COLUMNS,
  };
  return { answer, header, events: used };
}
