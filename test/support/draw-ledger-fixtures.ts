import { testMetadata } from '@app/event-store/testing/event-store.contract';
import type { ApiHarness } from './api-harness';
import { creditCode, leadOperator } from './task-fixtures';

/** The draw ledger's e2e suites (ADR 44): entities, entries and draws as they need them. */

/** One more entity in the directory, registered straight in the log. */
export async function register(api: ApiHarness, n: number): Promise<void> {
  const entityId = creditCode(n);
  await api.stores.events.appendToStream(
    `entity-${entityId}`,
    [
      {
        type: 'EntityRegistered',
        data: {
          entityId,
          code: entityId,
          name: `企业${n}`,
          kind: 'enterprise',
          address: '南京',
          regionCode: '320102',
          industryCode: 'H6210',
          tags: [],
          creditRisk: 'A',
          abnormalList: false,
          seriousViolationList: false,
          complaintsThisYear: 0,
        },
        metadata: testMetadata(),
      },
    ],
    { expectedRevision: 'no_stream' },
  );
}

/** An entry ledgered by some other draw, appended as another instance would have. */
export const ledgerElsewhere = (api: ApiHarness, n: number, entry: Partial<Record<string, unknown>> = {}) =>
  api.stores.events.appendToStream(
    'drawLedger',
    [
      {
        type: 'EntityDrawLedgered',
        data: {
          taskId: `elsewhere-${n}`,
          drawId: '',
          position: 0,
          year: 2026,
          selectedDigest: '',
          commandId: `elsewhere-${n}`,
          ...entry,
        },
        metadata: testMetadata(),
      },
    ],
    { expectedRevision: 'any' },
  );

/**
 * An entry of `taskId` (cap 1, no public random) whose selectedDigest is not what its inputs draw:
 * from then on every draw answers 500 DRAW_LEDGER_MISMATCH.
 */
export async function ledgerMismatch(api: ApiHarness, taskId: string): Promise<void> {
  const position = await api.stores.events.headPosition();
  const drawId = Buffer.from(
    JSON.stringify({
      publicRandom: '',
      year: 2026,
      cap: 1,
      discardedDrawsCount: true,
      keyItems: false,
      specialActionReason: null,
      position,
    }),
  ).toString('base64url');
  await ledgerElsewhere(api, 0, { taskId, drawId, position, selectedDigest: 'not-what-it-draws' });
}

export const drawOn = (api: ApiHarness, taskId: string) =>
  api.call<{ entityIds: string[]; code?: string }>('POST', `/api/tasks/${taskId}/draws/entities`, {
    as: leadOperator,
    body: {},
  });
