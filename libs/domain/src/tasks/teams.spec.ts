import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import {
  ANNOUNCEMENT,
  DRAWN_TEAMS,
  DRAW_RECORD,
  TASK_ID,
  assignmentsOf,
  cancelled,
  declined,
  drawEntities,
  drawInspectors,
  entitiesDrawn,
  entityWithdrawn,
  fact,
  histories,
  initiated,
  inspectorsDrawn,
  leadClerk,
  lockTask,
  locked,
  member,
  replacementRequested,
  requestReplacement,
  requestWithdrawal,
  responded,
  teamsFor,
  withdrawalRequested,
  wsClerk,
  xfClerk,
} from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);

describe('inspection task: entities, teams and lock', () => {
  describe('DrawEntities', () => {
    it('the lead department draws the entities once: EntitiesDrawn with the draw record', () => {
      spec
        .given(histories.responded)
        .when(drawEntities())
        .then([
          { type: 'EntitiesDrawn', data: { taskId: TASK_ID, entityIds: ['e1', 'e2'], draw: DRAW_RECORD } },
        ]);
    });

    it('refuses a second draw, even of other entities: ENTITIES_ALREADY_DRAWN (no redraws)', () => {
      spec
        .given(histories.entitiesDrawn)
        .when(drawEntities({ entityIds: ['e3', 'e4'] }))
        .thenRejects('ENTITIES_ALREADY_DRAWN');
    });

    it('refuses a draw with no entity: DRAW_EMPTY', () => {
      spec
        .given(histories.responded)
        .when(drawEntities({ entityIds: [] }))
        .thenRejects('DRAW_EMPTY');
    });

    it('refuses an entity drawn twice: DRAW_DUPLICATE', () => {
      spec
        .given(histories.responded)
        .when(drawEntities({ entityIds: ['e1', 'e2', 'e1'] }))
        .thenRejects('DRAW_DUPLICATE');
    });

    it('refuses a participant drawing the entities: NOT_THE_LEAD_DEPARTMENT', () => {
      spec
        .given(histories.responded)
        .when(drawEntities({ by: xfClerk }))
        .thenRejects('NOT_THE_LEAD_DEPARTMENT');
    });

    it('refuses a draw for a locked task: TASK_LOCKED', () => {
      spec.given(histories.locked).when(drawEntities()).thenRejects('TASK_LOCKED');
    });
  });

  describe('DrawInspectors', () => {
    it('the lead department draws its inspectors and names a leader per entity: InspectorsDrawn', () => {
      spec
        .given(histories.entitiesDrawn)
        .when(drawInspectors('scjg'))
        .then([
          {
            type: 'InspectorsDrawn',
            data: {
              taskId: TASK_ID,
              departmentId: 'scjg',
              teams: {
                e1: {
                  members: [
                    { inspectorId: 'p-scjg-1', departmentId: 'scjg' },
                    { inspectorId: 'p-scjg-2', departmentId: 'scjg' },
                  ],
                  leaderId: 'p-scjg-1',
                },
                e2: { members: [{ inspectorId: 'p-scjg-3', departmentId: 'scjg' }], leaderId: 'p-scjg-3' },
              },
              draw: DRAW_RECORD,
            },
          },
        ]);
    });

    it('a participant that accepted draws its inspectors, without leaders: InspectorsDrawn', () => {
      spec
        .given([...histories.entitiesDrawn, inspectorsDrawn('scjg')])
        .when(drawInspectors('xf'))
        .then([
          {
            type: 'InspectorsDrawn',
            data: {
              taskId: TASK_ID,
              departmentId: 'xf',
              teams: {
                e1: { members: [{ inspectorId: 'p-xf-1', departmentId: 'xf' }] },
                e2: { members: [{ inspectorId: 'p-xf-1', departmentId: 'xf' }] },
              },
              draw: DRAW_RECORD,
            },
          },
        ]);
    });

    it('a participant may draw before the lead department', () => {
      spec
        .given(histories.entitiesDrawn)
        .when(drawInspectors('ws'))
        .then([inspectorsDrawn('ws')]);
    });

    it('accepts an inspector with a conflict with another entity of the task', () => {
      const teams = {
        e1: DRAWN_TEAMS.scjg.e1,
        e2: {
          members: [{ inspectorId: 'p-scjg-conflict', departmentId: 'scjg' }],
          leaderId: 'p-scjg-conflict',
        },
      };
      spec
        .given(histories.entitiesDrawn)
        .when(drawInspectors('scjg', { assignments: assignmentsOf(teams) }))
        .then([inspectorsDrawn('scjg', teams)]);
    });

    it('refuses a participant that declined: DEPARTMENT_NOT_IN_TASK', () => {
      spec
        .given([initiated(), responded('xf'), declined('ws'), entitiesDrawn()])
        .when(drawInspectors('ws'))
        .thenRejects('DEPARTMENT_NOT_IN_TASK');
    });

    it('refuses a participant that never answered: DEPARTMENT_NOT_IN_TASK', () => {
      spec
        .given([initiated(), responded('xf'), entitiesDrawn()])
        .when(drawInspectors('ws'))
        .thenRejects('DEPARTMENT_NOT_IN_TASK');
    });

    it('refuses a draw of inspectors before the entities: ENTITIES_NOT_DRAWN', () => {
      spec.given(histories.responded).when(drawInspectors('scjg')).thenRejects('ENTITIES_NOT_DRAWN');
    });

    it("refuses a department's second draw: INSPECTORS_ALREADY_DRAWN", () => {
      spec
        .given([...histories.entitiesDrawn, inspectorsDrawn('xf')])
        .when(drawInspectors('xf'))
        .thenRejects('INSPECTORS_ALREADY_DRAWN');
    });

    it('refuses a draw that leaves out an entity: INSPECTOR_DRAW_INCOMPLETE', () => {
      spec
        .given(histories.entitiesDrawn)
        .when(drawInspectors('xf', { assignments: assignmentsOf(teamsFor('xf', ['e1'])) }))
        .thenRejects('INSPECTOR_DRAW_INCOMPLETE');
    });

    it('refuses a draw for an entity not on the list: INSPECTOR_DRAW_INCOMPLETE', () => {
      const assignments = [...assignmentsOf(DRAWN_TEAMS.xf), { entityId: 'e9', inspectorIds: ['p-xf-2'] }];
      spec
        .given(histories.entitiesDrawn)
        .when(drawInspectors('xf', { assignments }))
        .thenRejects('INSPECTOR_DRAW_INCOMPLETE');
    });

    it('refuses a draw naming an entity twice: INSPECTOR_DRAW_INCOMPLETE', () => {
      const assignments = [
        { entityId: 'e1', inspectorIds: ['p-xf-1'] },
        { entityId: 'e1', inspectorIds: ['p-xf-2'] },
      ];
      spec
        .given(histories.entitiesDrawn)
        .when(drawInspectors('xf', { assignments }))
        .thenRejects('INSPECTOR_DRAW_INCOMPLETE');
    });

    it('refuses an entity with no inspector of the department: TEAM_MISSING_DEPARTMENT', () => {
      const assignments = [
        { entityId: 'e1', inspectorIds: ['p-xf-1'] },
        { entityId: 'e2', inspectorIds: [] },
      ];
      spec
        .given(histories.entitiesDrawn)
        .when(drawInspectors('xf', { assignments }))
        .thenRejects('TEAM_MISSING_DEPARTMENT');
    });

    it('refuses an inspector named twice for an entity: INSPECTOR_TWICE', () => {
      const assignments = [
        { entityId: 'e1', inspectorIds: ['p-xf-1', 'p-xf-1'] },
        { entityId: 'e2', inspectorIds: ['p-xf-1'] },
      ];
      spec
        .given(histories.entitiesDrawn)
        .when(drawInspectors('xf', { assignments }))
        .thenRejects('INSPECTOR_TWICE');
    });

    describe('INSPECTOR_NOT_ELIGIBLE', () => {
      const naming = (inspectorId: string) =>
        drawInspectors('scjg', {
          assignments: [
            { entityId: 'e1', inspectorIds: ['p-scjg-1', inspectorId], leaderId: 'p-scjg-1' },
            { entityId: 'e2', inspectorIds: ['p-scjg-3'], leaderId: 'p-scjg-3' },
          ],
        });

      it("refuses another department's inspector", () => {
        spec.given(histories.entitiesDrawn).when(naming('p-xf-2')).thenRejects('INSPECTOR_NOT_ELIGIBLE');
      });

      it('refuses a suspended inspector', () => {
        spec
          .given(histories.entitiesDrawn)
          .when(naming('p-scjg-suspended'))
          .thenRejects('INSPECTOR_NOT_ELIGIBLE');
      });

      it('refuses an inspector who left and was erased', () => {
        spec
          .given(histories.entitiesDrawn)
          .when(naming('p-scjg-erased'))
          .thenRejects('INSPECTOR_NOT_ELIGIBLE');
      });

      it('refuses an inspector the handler did not find', () => {
        spec.given(histories.entitiesDrawn).when(naming('p-unknown')).thenRejects('INSPECTOR_NOT_ELIGIBLE');
      });
    });

    it('refuses an inspector with a declared conflict with the entity: INSPECTOR_CONFLICT_OF_INTEREST', () => {
      const assignments = [
        { entityId: 'e1', inspectorIds: ['p-xf-conflict'] },
        { entityId: 'e2', inspectorIds: ['p-xf-1'] },
      ];
      spec
        .given(histories.entitiesDrawn)
        .when(drawInspectors('xf', { assignments }))
        .thenRejects('INSPECTOR_CONFLICT_OF_INTEREST');
    });

    it('refuses a lead draw without a leader: TEAM_LEADER_MISSING', () => {
      const assignments = [
        { entityId: 'e1', inspectorIds: ['p-scjg-1', 'p-scjg-2'] },
        { entityId: 'e2', inspectorIds: ['p-scjg-3'], leaderId: 'p-scjg-3' },
      ];
      spec
        .given(histories.entitiesDrawn)
        .when(drawInspectors('scjg', { assignments }))
        .thenRejects('TEAM_LEADER_MISSING');
    });

    it("refuses a lead draw whose leader is not among the department's inspectors: TEAM_LEADER_MISSING", () => {
      const assignments = [
        { entityId: 'e1', inspectorIds: ['p-scjg-1', 'p-scjg-2'], leaderId: 'p-scjg-4' },
        { entityId: 'e2', inspectorIds: ['p-scjg-3'], leaderId: 'p-scjg-3' },
      ];
      spec
        .given(histories.entitiesDrawn)
        .when(drawInspectors('scjg', { assignments }))
        .thenRejects('TEAM_LEADER_MISSING');
    });

    it('refuses a participant naming a leader: LEADER_NOT_FROM_LEAD', () => {
      const assignments = [
        { entityId: 'e1', inspectorIds: ['p-xf-1'], leaderId: 'p-xf-1' },
        { entityId: 'e2', inspectorIds: ['p-xf-1'] },
      ];
      spec
        .given(histories.entitiesDrawn)
        .when(drawInspectors('xf', { assignments }))
        .thenRejects('LEADER_NOT_FROM_LEAD');
    });

    it('refuses a draw once the task is locked: TASK_LOCKED', () => {
      spec.given(histories.locked).when(drawInspectors('xf')).thenRejects('TASK_LOCKED');
    });
  });

  describe('LockTask', () => {
    it('the lead department locks entities and complete teams: InspectionTaskLocked with the teams', () => {
      spec
        .given(histories.inspectorsDrawn)
        .when(lockTask())
        .then([
          {
            type: 'InspectionTaskLocked',
            data: {
              ...ANNOUNCEMENT,
              taskId: TASK_ID,
              entityIds: ['e1', 'e2'],
              teams: {
                e1: {
                  members: [
                    { inspectorId: 'p-scjg-1', departmentId: 'scjg' },
                    { inspectorId: 'p-scjg-2', departmentId: 'scjg' },
                    { inspectorId: 'p-xf-1', departmentId: 'xf' },
                    { inspectorId: 'p-ws-1', departmentId: 'ws' },
                  ],
                  leaderId: 'p-scjg-1',
                },
                e2: {
                  members: [
                    { inspectorId: 'p-scjg-3', departmentId: 'scjg' },
                    { inspectorId: 'p-xf-1', departmentId: 'xf' },
                    { inspectorId: 'p-ws-1', departmentId: 'ws' },
                  ],
                  leaderId: 'p-scjg-3',
                },
              },
            },
          },
        ]);
    });

    it('keeps the leader whatever order the departments drew in', () => {
      spec
        .given([
          ...histories.entitiesDrawn,
          inspectorsDrawn('ws'),
          inspectorsDrawn('scjg'),
          inspectorsDrawn('xf'),
        ])
        .when(lockTask())
        .then([
          locked({
            e1: {
              members: ['p-ws-1', 'p-scjg-1', 'p-scjg-2', 'p-xf-1'].map(member),
              leaderId: 'p-scjg-1',
            },
            e2: { members: ['p-ws-1', 'p-scjg-3', 'p-xf-1'].map(member), leaderId: 'p-scjg-3' },
          }),
        ]);
    });

    it('does not require a participant that declined', () => {
      const history = [
        initiated(),
        responded('xf'),
        declined('ws'),
        entitiesDrawn(),
        inspectorsDrawn('scjg'),
        inspectorsDrawn('xf'),
      ];
      spec
        .given(history)
        .when(lockTask())
        .then([
          locked(
            {
              e1: {
                members: [
                  { inspectorId: 'p-scjg-1', departmentId: 'scjg' },
                  { inspectorId: 'p-scjg-2', departmentId: 'scjg' },
                  { inspectorId: 'p-xf-1', departmentId: 'xf' },
                ],
                leaderId: 'p-scjg-1',
              },
              e2: {
                members: [
                  { inspectorId: 'p-scjg-3', departmentId: 'scjg' },
                  { inspectorId: 'p-xf-1', departmentId: 'xf' },
                ],
                leaderId: 'p-scjg-3',
              },
            },
            undefined,
            {
              departmentIds: ['scjg', 'xf'],
              itemIds: ['i-scjg-1', 'i-scjg-2', 'i-xf-1', 'i-xf-2'],
            },
          ),
        ]);
    });

    it('refuses a lock while a participant has not answered: PARTICIPANTS_NOT_ALL_RESPONDED', () => {
      spec
        .given([
          initiated(),
          responded('xf'),
          entitiesDrawn(),
          inspectorsDrawn('scjg'),
          inspectorsDrawn('xf'),
        ])
        .when(lockTask())
        .thenRejects('PARTICIPANTS_NOT_ALL_RESPONDED');
    });

    it('refuses a lock before the entities are drawn: ENTITIES_NOT_DRAWN', () => {
      spec.given(histories.responded).when(lockTask()).thenRejects('ENTITIES_NOT_DRAWN');
    });

    it('refuses a lock with a team of one inspector: TEAM_TOO_SMALL', () => {
      spec
        .given([initiated(), declined('xf'), declined('ws'), entitiesDrawn(), inspectorsDrawn('scjg')])
        .when(lockTask())
        .thenRejects('TEAM_TOO_SMALL');
    });

    it('refuses a lock before the lead department drew its inspectors: TEAM_LEADER_MISSING', () => {
      spec
        .given([...histories.entitiesDrawn, inspectorsDrawn('xf'), inspectorsDrawn('ws')])
        .when(lockTask())
        .thenRejects('TEAM_LEADER_MISSING');
    });

    it('refuses a lock while an accepting participant has not drawn: TEAM_MISSING_DEPARTMENT', () => {
      spec
        .given([...histories.entitiesDrawn, inspectorsDrawn('scjg'), inspectorsDrawn('xf')])
        .when(lockTask())
        .thenRejects('TEAM_MISSING_DEPARTMENT');
    });

    it('refuses a participant locking: NOT_THE_LEAD_DEPARTMENT', () => {
      spec.given(histories.inspectorsDrawn).when(lockTask(xfClerk)).thenRejects('NOT_THE_LEAD_DEPARTMENT');
    });

    it('refuses a second lock: TASK_LOCKED', () => {
      spec.given(histories.locked).when(lockTask()).thenRejects('TASK_LOCKED');
    });

    it('refuses locking a cancelled task: TASK_CANCELLED', () => {
      spec
        .given([...histories.inspectorsDrawn, cancelled()])
        .when(lockTask())
        .thenRejects('TASK_CANCELLED');
    });
  });

  describe('RequestInspectorReplacement', () => {
    it('a department asks to replace its own inspector: InspectorReplacementRequested', () => {
      spec
        .given(histories.locked)
        .when(
          requestReplacement({
            by: xfClerk,
            requestId: 'r-2',
            outInspectorId: 'p-xf-1',
            inInspectorId: 'p-xf-2',
            reason: 'health',
            note: '病假',
            incoming: fact('p-xf-2'),
          }),
        )
        .then([
          {
            type: 'InspectorReplacementRequested',
            data: {
              taskId: TASK_ID,
              requestId: 'r-2',
              entityId: 'e1',
              outInspectorId: 'p-xf-1',
              inInspectorId: 'p-xf-2',
              departmentId: 'xf',
              reason: 'health',
              note: '病假',
              requesterId: 'u-xf',
            },
          },
        ]);
    });

    it('the lead department asks to replace the leader', () => {
      spec.given(histories.locked).when(requestReplacement()).then([replacementRequested()]);
    });

    it('a replacement may be asked before the lock too', () => {
      spec.given(histories.inspectorsDrawn).when(requestReplacement()).then([replacementRequested()]);
    });

    it('refuses replacing someone not in the team: INSPECTOR_NOT_IN_TEAM', () => {
      spec
        .given(histories.locked)
        .when(requestReplacement({ entityId: 'e2', outInspectorId: 'p-scjg-1' }))
        .thenRejects('INSPECTOR_NOT_IN_TEAM');
    });

    it("refuses replacing another department's inspector: REPLACEMENT_OF_OTHER_DEPARTMENT", () => {
      spec
        .given(histories.locked)
        .when(requestReplacement({ by: xfClerk, incoming: fact('p-xf-2'), inInspectorId: 'p-xf-2' }))
        .thenRejects('REPLACEMENT_OF_OTHER_DEPARTMENT');
    });

    it('refuses bringing in someone already in the team: INSPECTOR_ALREADY_IN_TEAM', () => {
      spec
        .given(histories.locked)
        .when(requestReplacement({ inInspectorId: 'p-scjg-2', incoming: fact('p-scjg-2') }))
        .thenRejects('INSPECTOR_ALREADY_IN_TEAM');
    });

    it('refuses an incoming inspector who is suspended: INSPECTOR_NOT_ELIGIBLE', () => {
      spec
        .given(histories.locked)
        .when(requestReplacement({ inInspectorId: 'p-scjg-suspended', incoming: fact('p-scjg-suspended') }))
        .thenRejects('INSPECTOR_NOT_ELIGIBLE');
    });

    it('refuses an incoming inspector the handler did not find: INSPECTOR_NOT_ELIGIBLE', () => {
      spec
        .given(histories.locked)
        .when(requestReplacement({ inInspectorId: 'p-unknown', incoming: undefined }))
        .thenRejects('INSPECTOR_NOT_ELIGIBLE');
    });

    it('refuses an incoming inspector of another department: INSPECTOR_NOT_ELIGIBLE', () => {
      spec
        .given(histories.locked)
        .when(requestReplacement({ inInspectorId: 'p-xf-2', incoming: fact('p-xf-2') }))
        .thenRejects('INSPECTOR_NOT_ELIGIBLE');
    });

    it('refuses an incoming inspector with a conflict with the entity: INSPECTOR_CONFLICT_OF_INTEREST', () => {
      spec
        .given(histories.locked)
        .when(requestReplacement({ inInspectorId: 'p-scjg-conflict', incoming: fact('p-scjg-conflict') }))
        .thenRejects('INSPECTOR_CONFLICT_OF_INTEREST');
    });

    it('refuses a second request for the same inspector while one awaits: REPLACEMENT_ALREADY_REQUESTED', () => {
      spec
        .given([...histories.locked, replacementRequested()])
        .when(requestReplacement({ requestId: 'r-2', inInspectorId: 'p-scjg-3', incoming: fact('p-scjg-3') }))
        .thenRejects('REPLACEMENT_ALREADY_REQUESTED');
    });

    it('refuses an entity not drawn for the task: ENTITY_NOT_IN_TASK', () => {
      spec
        .given(histories.locked)
        .when(requestReplacement({ entityId: 'e9' }))
        .thenRejects('ENTITY_NOT_IN_TASK');
    });

    it('refuses a withdrawn entity: ENTITY_NOT_IN_TASK', () => {
      spec
        .given([...histories.locked, withdrawalRequested(), entityWithdrawn()])
        .when(requestReplacement({ entityId: 'e2', outInspectorId: 'p-scjg-3' }))
        .thenRejects('ENTITY_NOT_IN_TASK');
    });

    it('refuses a replacement in a cancelled task: TASK_CANCELLED', () => {
      spec
        .given([...histories.inspectorsDrawn, cancelled()])
        .when(requestReplacement())
        .thenRejects('TASK_CANCELLED');
    });

    it('refuses a replacement in a task that does not exist: TASK_NOT_FOUND', () => {
      spec.given([]).when(requestReplacement()).thenRejects('TASK_NOT_FOUND');
    });
  });

  describe('RequestEntityWithdrawal', () => {
    it('the lead department asks to withdraw an entity: EntityWithdrawalRequested', () => {
      spec
        .given(histories.locked)
        .when(requestWithdrawal())
        .then([
          {
            type: 'EntityWithdrawalRequested',
            data: {
              taskId: TASK_ID,
              requestId: 'r-w',
              entityId: 'e2',
              reason: 'deregistered',
              note: '已注销',
              requesterId: 'u-scjg',
            },
          },
        ]);
    });

    it('refuses a participant asking: NOT_THE_LEAD_DEPARTMENT', () => {
      spec
        .given(histories.locked)
        .when(requestWithdrawal({ by: wsClerk }))
        .thenRejects('NOT_THE_LEAD_DEPARTMENT');
    });

    it('refuses an entity not drawn for the task: ENTITY_NOT_IN_TASK', () => {
      spec
        .given(histories.locked)
        .when(requestWithdrawal({ entityId: 'e9' }))
        .thenRejects('ENTITY_NOT_IN_TASK');
    });

    it('refuses an entity withdrawn already: ENTITY_NOT_IN_TASK', () => {
      spec
        .given([...histories.locked, withdrawalRequested(), entityWithdrawn()])
        .when(requestWithdrawal({ requestId: 'r-w2' }))
        .thenRejects('ENTITY_NOT_IN_TASK');
    });

    it('refuses a second withdrawal of an entity while one awaits approval: WITHDRAWAL_ALREADY_REQUESTED', () => {
      spec
        .given([...histories.locked, withdrawalRequested()])
        .when(requestWithdrawal({ requestId: 'r-w2' }))
        .thenRejects('WITHDRAWAL_ALREADY_REQUESTED');
    });

    it('refuses to lock when every drawn entity was withdrawn: TASK_HAS_NO_ENTITIES', () => {
      spec
        .given([
          ...histories.entitiesDrawn,
          withdrawalRequested({ requestId: 'r-w1', entityId: 'e1' }),
          entityWithdrawn({ requestId: 'r-w1', entityId: 'e1' }),
          withdrawalRequested(),
          entityWithdrawn(),
        ])
        .when(lockTask())
        .thenRejects('TASK_HAS_NO_ENTITIES');
    });

    it('refuses an incoming inspector whose facts are another person: INSPECTOR_NOT_ELIGIBLE', () => {
      spec
        .given(histories.locked)
        .when(requestReplacement({ incoming: { ...fact('p-scjg-4'), inspectorId: 'p-scjg-5' } }))
        .thenRejects('INSPECTOR_NOT_ELIGIBLE');
    });

    it('refuses a withdrawal before lock (the lead would filter its own draw): TASK_NOT_LOCKED', () => {
      spec.given(histories.inspectorsDrawn).when(requestWithdrawal()).thenRejects('TASK_NOT_LOCKED');
    });

    it('refuses "deregistered" for an entity the directory does not show deregistered: ENTITY_NOT_DEREGISTERED', () => {
      spec
        .given(histories.locked)
        .when(requestWithdrawal({ entityDeregistered: false }))
        .thenRejects('ENTITY_NOT_DEREGISTERED');
    });

    it('refuses to finish a draw by another path while a large draw is being recorded: DRAW_PARTS_MISMATCH', () => {
      spec
        .given([
          ...histories.responded,
          {
            type: 'DrawnEntitiesListed',
            data: { taskId: TASK_ID, drawId: 'd1', part: 0, parts: 2, entityIds: ['e1'] },
          },
        ])
        .when({ kind: 'DrawEntities', taskId: TASK_ID, by: leadClerk, entityIds: ['e2'], draw: {} })
        .thenRejects('DRAW_PARTS_MISMATCH');
    });
  });
});
