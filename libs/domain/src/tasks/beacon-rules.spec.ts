import { ENTITY_DRAW_ALGORITHM_V2 } from '../draws/draw-key-v2';
import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import type { InspectionTaskEvent } from './task-events';
import {
  BEACON_POLICY,
  ENTITIES,
  TASK_ID,
  drawEntities,
  initiateAdhocTask,
  initiateTask,
  initiated,
  leadClerk,
  leadHead,
  respondToTask,
  responded,
  wsClerk,
  xfClerk,
  xfHead,
} from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);

/** 福彩3D round 2026110, drawn on 2026-04-25 at 21:15 Beijing time. */
const ROUND = { source: 'cwl-3d', round: '2026110', drawDate: '2026-04-25' };
const PUBLISHED_AT = '2026-04-25T13:15:00.000Z';
const BEFORE = '2026-04-25T13:14:59.000Z';
const AFTER = '2026-04-25T13:16:00.000Z';
const STRICT = { ...BEACON_POLICY, withoutBeacon: 'never' as const };

const beaconTask = initiated({
  operatorTrusted: undefined,
  beacon: { ...ROUND, publishedAt: PUBLISHED_AT },
});
const bothResponded = [responded('xf'), responded('ws')];
const frozen: InspectionTaskEvent = {
  type: 'PoolFrozen',
  data: { taskId: TASK_ID, position: 41, frozenAt: BEFORE, frozenBy: leadClerk.actorId },
};
const entered: InspectionTaskEvent = {
  type: 'BeaconValueEntered',
  data: {
    taskId: TASK_ID,
    value: '528',
    enteredBy: leadClerk.actorId,
    departmentId: 'scjg',
    enteredAt: AFTER,
  },
};
const confirmed: InspectionTaskEvent = {
  type: 'BeaconValueConfirmed',
  data: {
    taskId: TASK_ID,
    value: '528',
    confirmedBy: xfClerk.actorId,
    departmentId: 'xf',
    confirmedAt: AFTER,
  },
};
const ready = [beaconTask, ...bothResponded, frozen, entered, confirmed];

const freeze = (fields: object = {}) => ({
  kind: 'FreezePool' as const,
  taskId: TASK_ID,
  by: leadClerk,
  position: 41,
  now: BEFORE,
  today: '2026-04-25',
  ...fields,
});
const enter = (value: string, fields: object = {}) => ({
  kind: 'EnterBeaconValue' as const,
  taskId: TASK_ID,
  by: leadClerk,
  value,
  now: AFTER,
  ...fields,
});
const confirm = (value: string, fields: object = {}) => ({
  kind: 'ConfirmBeaconValue' as const,
  taskId: TASK_ID,
  by: xfClerk,
  value,
  now: AFTER,
  ...fields,
});
const v2Record = (fields: object = {}) => ({
  algorithm: ENTITY_DRAW_ALGORITHM_V2,
  position: 41,
  beacon: { source: 'cwl-3d', round: '2026110', value: '528' },
  ...fields,
});

describe('inspection task: the beacon the draw waits for', () => {
  describe('InitiateTask names the round', () => {
    it('records the source, the round, its date and when it is published', () => {
      spec
        .given([])
        .when(initiateTask({ beacon: { ...ROUND }, beaconPolicy: STRICT }))
        .then([initiated({ operatorTrusted: undefined, beacon: { ...ROUND, publishedAt: PUBLISHED_AT } })]);
    });

    it('computes a drand round’s time from the chain’s genesis and period', () => {
      const round = { source: 'drand-quicknet', round: '28263412' };
      spec
        .given([])
        .when(initiateTask({ beacon: round, beaconPolicy: STRICT }))
        .then([
          initiated({
            operatorTrusted: undefined,
            beacon: { source: 'drand-quicknet', round: '28263412', publishedAt: '2026-05-01T00:00:00.000Z' },
          }),
        ]);
    });

    it('refuses a task without a round where the deployment never draws without one', () => {
      spec
        .given([])
        .when(initiateTask({ beaconPolicy: STRICT }))
        .thenRejects('DRAW_BEACON_REQUIRED');
    });

    it('refuses a planned task without a round where only urgent ad hoc tasks may go without', () => {
      const policy = { ...BEACON_POLICY, withoutBeacon: 'urgent-adhoc' as const };
      spec
        .given([])
        .when(initiateTask({ beaconPolicy: policy }))
        .thenRejects('DRAW_BEACON_REQUIRED');
    });

    it('lets an urgent ad hoc task go without, trusted to the operator for its stated reason', () => {
      const policy = { ...BEACON_POLICY, withoutBeacon: 'urgent-adhoc' as const };
      const command = { ...initiateAdhocTask('群众举报，须立即核查'), beaconPolicy: policy };
      spec
        .given([])
        .when(command)
        .then([
          initiated({
            planId: undefined,
            adhocReason: '群众举报，须立即核查',
            operatorTrusted: { reason: '群众举报，须立即核查' },
          }),
        ]);
    });

    it('refuses a source the deployment does not accept', () => {
      const policy = { ...STRICT, sources: ['drand-quicknet'] };
      spec
        .given([])
        .when(initiateTask({ beacon: { ...ROUND }, beaconPolicy: policy }))
        .thenRejects('BEACON_SOURCE_NOT_ACCEPTED');
    });

    it('refuses a round written otherwise than the source writes it', () => {
      spec
        .given([])
        .when(initiateTask({ beacon: { ...ROUND, round: '110' }, beaconPolicy: STRICT }))
        .thenRejects('BEACON_ROUND_INVALID');
    });

    it('refuses a daily round without its date', () => {
      const { drawDate: _date, ...undated } = ROUND;
      spec
        .given([])
        .when(initiateTask({ beacon: { ...undated }, beaconPolicy: STRICT }))
        .thenRejects('BEACON_ROUND_INVALID');
    });

    it('refuses a round already published: anyone could know the draw', () => {
      spec
        .given([])
        .when(initiateTask({ beacon: { ...ROUND }, beaconPolicy: STRICT, now: PUBLISHED_AT }))
        .thenRejects('BEACON_ROUND_ALREADY_PUBLISHED');
    });

    it('refuses a round more than a year away', () => {
      const far = { source: 'drand-quicknet', round: '999999999999' };
      spec
        .given([])
        .when(initiateTask({ beacon: far, beaconPolicy: STRICT }))
        .thenRejects('BEACON_ROUND_TOO_FAR');
    });

    it('refuses a round published after the task window ends', () => {
      const late = { ...ROUND, round: '2026200', drawDate: '2026-07-20' };
      spec
        .given([])
        .when(initiateTask({ beacon: late, beaconPolicy: STRICT }))
        .thenRejects('BEACON_ROUND_AFTER_WINDOW');
    });
  });

  describe('RespondToTask commits the participant’s contribution', () => {
    it('records the contribution’s commitment with the acceptance', () => {
      const commitment = 'c'.repeat(64);
      spec
        .given([beaconTask])
        .when(respondToTask('xf', { contributionCommitment: commitment }))
        .then([responded('xf', { seedCommitment: commitment })]);
    });

    it('refuses a malformed commitment', () => {
      spec
        .given([beaconTask])
        .when(respondToTask('xf', { contributionCommitment: 'not-a-digest' }))
        .thenRejects('SEED_COMMITMENT_INVALID');
    });

    it('refuses a response once the pool is frozen', () => {
      spec
        .given([beaconTask, responded('xf'), frozen])
        .when({ ...respondToTask('ws'), today: '2026-04-25' })
        .thenRejects('POOL_FROZEN');
    });
  });

  describe('FreezePool fixes P before the round is public', () => {
    it('records the position, when, and who froze it', () => {
      spec
        .given([beaconTask, ...bothResponded])
        .when(freeze())
        .then([frozen]);
    });

    it('is the lead department’s act', () => {
      spec
        .given([beaconTask, ...bothResponded])
        .when(freeze({ by: xfClerk }))
        .thenRejects('NOT_THE_LEAD_DEPARTMENT');
    });

    it('has nothing to freeze on a task drawn without a beacon', () => {
      spec
        .given([initiated(), ...bothResponded])
        .when(freeze())
        .thenRejects('BEACON_NOT_NAMED');
    });

    it('is done once', () => {
      spec
        .given([beaconTask, ...bothResponded, frozen])
        .when(freeze())
        .thenRejects('POOL_ALREADY_FROZEN');
    });

    it('is refused once the round is public', () => {
      spec
        .given([beaconTask, ...bothResponded])
        .when(freeze({ now: PUBLISHED_AT }))
        .thenRejects('BEACON_ALREADY_PUBLISHED');
    });

    it('waits for every participant until the response deadline', () => {
      spec
        .given([beaconTask, responded('xf')])
        .when(freeze({ today: '2026-04-22' }))
        .thenRejects('RESPONSES_PENDING');
    });

    it('goes ahead without the silent once the response deadline has passed', () => {
      spec
        .given([beaconTask, responded('xf')])
        .when(freeze())
        .then([frozen]);
    });

    it('refuses a position that is not one', () => {
      spec
        .given([beaconTask, ...bothResponded])
        .when(freeze({ position: -1 }))
        .thenRejects('POOL_POSITION_INVALID');
    });
  });

  describe('EnterBeaconValue and ConfirmBeaconValue: four eyes on the published value', () => {
    const upToFreeze = [beaconTask, ...bothResponded, frozen];

    it('records the value as entered, white space removed', () => {
      spec.given(upToFreeze).when(enter(' 5 2 8 ')).then([entered]);
    });

    it('refuses a value before the round is published', () => {
      spec
        .given(upToFreeze)
        .when(enter('528', { now: BEFORE }))
        .thenRejects('BEACON_NOT_YET_PUBLISHED');
    });

    it('refuses a value before the pool is frozen', () => {
      spec
        .given([beaconTask, ...bothResponded])
        .when(enter('528'))
        .thenRejects('POOL_NOT_FROZEN');
    });

    it('refuses a value in the wrong format, naming the source', () => {
      spec.given(upToFreeze).when(enter('5280')).thenRejects('BEACON_VALUE_FORMAT');
    });

    it('takes a corrected entry before confirmation', () => {
      spec
        .given([...upToFreeze, { ...entered, data: { ...entered.data, value: '582' } }])
        .when(enter('528'))
        .then([entered]);
    });

    it('is confirmed by an official of another department who reads the same value', () => {
      spec
        .given([...upToFreeze, entered])
        .when(confirm('528'))
        .then([confirmed]);
    });

    it('is not confirmed by the one who entered it', () => {
      spec
        .given([...upToFreeze, entered])
        .when(confirm('528', { by: leadClerk }))
        .thenRejects('BEACON_CONFIRMER_IS_ENTERER');
    });

    it('is not confirmed by another official of the same department', () => {
      spec
        .given([...upToFreeze, entered])
        .when(confirm('528', { by: leadHead }))
        .thenRejects('BEACON_CONFIRMER_SAME_DEPARTMENT');
    });

    it('is not confirmed when the second reading differs', () => {
      spec
        .given([...upToFreeze, entered])
        .when(confirm('529'))
        .thenRejects('BEACON_VALUE_MISMATCH');
    });

    it('needs an entry to confirm', () => {
      spec.given(upToFreeze).when(confirm('528')).thenRejects('BEACON_VALUE_NOT_ENTERED');
    });

    it('is confirmed once, and then no longer entered again', () => {
      spec
        .given(ready)
        .when(confirm('528', { by: xfHead }))
        .thenRejects('BEACON_VALUE_CONFIRMED');
      spec
        .given(ready)
        .when(enter('528', { by: wsClerk }))
        .thenRejects('BEACON_VALUE_CONFIRMED');
    });
  });

  describe('DrawEntities on a beacon task', () => {
    it('draws from the frozen pool with the confirmed value', () => {
      spec
        .given(ready)
        .when(drawEntities({ draw: v2Record() }))
        .then([{ type: 'EntitiesDrawn', data: { taskId: TASK_ID, entityIds: ENTITIES, draw: v2Record() } }]);
    });

    it('is refused before the value is confirmed', () => {
      spec
        .given([beaconTask, ...bothResponded, frozen, entered])
        .when(drawEntities({ draw: v2Record() }))
        .thenRejects('BEACON_VALUE_NOT_CONFIRMED');
    });

    it('is refused before the pool is frozen', () => {
      spec
        .given([beaconTask, ...bothResponded])
        .when(drawEntities({ draw: v2Record() }))
        .thenRejects('POOL_NOT_FROZEN');
    });

    it('is refused when its record names another position, round or value', () => {
      for (const record of [
        v2Record({ position: 42 }),
        v2Record({ beacon: { source: 'cwl-3d', round: '2026110', value: '529' } }),
        v2Record({ algorithm: 'ssj-stratified-sha256-v1' }),
      ]) {
        spec
          .given(ready)
          .when(drawEntities({ draw: record }))
          .thenRejects('DRAW_RECORD_MISMATCH');
      }
    });
  });
});
