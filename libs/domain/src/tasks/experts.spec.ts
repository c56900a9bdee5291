import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import type { InspectorFact } from './task-commands';
import {
  ANNOUNCEMENT,
  DRAW_RECORD,
  INSPECTORS,
  LOCKED_TEAMS,
  TASK_ID,
  WINDOW,
  drawInspectors,
  histories,
  inspectorsDrawn,
  leadClerk,
  lockTask,
  outsider,
  xfClerk,
} from './testing/task-fixtures';
import type { CommandOf } from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);

const VALID = { category: 'certified' as const, enforcementValidUntil: '2099-12-31' };
const person = (inspectorId: string, departmentId: string, more: Partial<InspectorFact>): InspectorFact => ({
  inspectorId,
  departmentId,
  status: 'active',
  erased: false,
  conflicts: [],
  ...more,
});
/** The fixtures' inspectors, each with 执法资格 valid beyond the window; and some who do not count. */
const QUALIFIED: InspectorFact[] = [
  ...INSPECTORS.map((i) => ({ ...i, ...VALID })),
  person('p-scjg-expert', 'scjg', { category: 'expert' }),
  person('p-scjg-other', 'scjg', { category: 'other', enforcementValidUntil: '2099-12-31' }),
  person('p-scjg-nocert', 'scjg', { category: 'certified' }),
  person('p-scjg-expired', 'scjg', {
    category: 'qualified',
    enforcementValidUntil: WINDOW.to.replace('30', '29'),
  }),
  person('p-scjg-lastday', 'scjg', { category: 'daily_supervision', enforcementValidUntil: WINDOW.to }),
  person('p-xf-expert', 'xf', { category: 'expert' }),
];

/** The lead's draw naming `second` beside p-scjg-1 for e1, under the rule. */
const leadDraw = (second: string) =>
  drawInspectors('scjg', {
    assignments: [
      { entityId: 'e1', inspectorIds: ['p-scjg-1', second], leaderId: 'p-scjg-1' },
      { entityId: 'e2', inspectorIds: ['p-scjg-3'], leaderId: 'p-scjg-3' },
    ],
    inspectors: QUALIFIED,
    enforcementRequired: true,
  });

const drawExperts = (fields: Partial<CommandOf<'DrawExperts'>> = {}): CommandOf<'DrawExperts'> => ({
  kind: 'DrawExperts',
  taskId: TASK_ID,
  by: leadClerk,
  assignments: [{ entityId: 'e1', expertIds: ['p-scjg-expert'] }],
  appointed: [],
  inspectors: QUALIFIED,
  draw: DRAW_RECORD,
  ...fields,
});

const expertsDrawn = {
  type: 'ExpertsDrawn' as const,
  data: {
    taskId: TASK_ID,
    departmentId: 'scjg',
    experts: { e1: [{ inspectorId: 'p-scjg-expert', departmentId: 'scjg' }] },
    draw: DRAW_RECORD,
  },
};

describe('inspection task: 执法资格 and experts (Yiyuan 十九、二十)', () => {
  describe('team members count toward the two', () => {
    it('members with 执法资格 valid through the window (the last day included), whatever the category', () => {
      const teams = {
        e1: {
          members: [
            { inspectorId: 'p-scjg-1', departmentId: 'scjg' },
            { inspectorId: 'p-scjg-lastday', departmentId: 'scjg' },
          ],
          leaderId: 'p-scjg-1',
        },
        e2: { members: [{ inspectorId: 'p-scjg-3', departmentId: 'scjg' }], leaderId: 'p-scjg-3' },
      };
      spec
        .given(histories.entitiesDrawn)
        .when(leadDraw('p-scjg-lastday'))
        .then([inspectorsDrawn('scjg', teams)]);
    });

    it('an expert never counts: AUXILIARY_NOT_COUNTED', () => {
      spec
        .given(histories.entitiesDrawn)
        .when(leadDraw('p-scjg-expert'))
        .thenRejects('AUXILIARY_NOT_COUNTED');
    });

    it('other staff never count, even with a certificate: AUXILIARY_NOT_COUNTED', () => {
      spec.given(histories.entitiesDrawn).when(leadDraw('p-scjg-other')).thenRejects('AUXILIARY_NOT_COUNTED');
    });

    it('no 执法资格 on record: ENFORCEMENT_CERTIFICATE_MISSING', () => {
      spec
        .given(histories.entitiesDrawn)
        .when(leadDraw('p-scjg-nocert'))
        .thenRejects('ENFORCEMENT_CERTIFICATE_MISSING');
    });

    it('执法资格 ending before the window does: ENFORCEMENT_CERTIFICATE_EXPIRED', () => {
      spec
        .given(histories.entitiesDrawn)
        .when(leadDraw('p-scjg-expired'))
        .thenRejects('ENFORCEMENT_CERTIFICATE_EXPIRED');
    });

    it('with the rule off (ENFORCEMENT_QUALIFICATION=off) a certificate is not asked, but experts still never count', () => {
      const off = (second: string) => ({ ...leadDraw(second), enforcementRequired: false });
      spec.given(histories.entitiesDrawn).when(off('p-scjg-expert')).thenRejects('AUXILIARY_NOT_COUNTED');
      expect(inspectionTaskDecider.decide(off('p-scjg-nocert'), foldState())).toHaveLength(1);
    });
  });

  describe('DrawExperts', () => {
    it('a department draws its experts beside the teams: ExpertsDrawn', () => {
      spec.given(histories.entitiesDrawn).when(drawExperts()).then([expertsDrawn]);
    });

    it('an appointed expert keeps its reason', () => {
      spec
        .given(histories.entitiesDrawn)
        .when(
          drawExperts({
            assignments: [],
            appointed: [{ entityId: 'e2', inspectorId: 'p-scjg-other', reason: '专业' }],
          }),
        )
        .then([
          {
            type: 'ExpertsDrawn',
            data: {
              taskId: TASK_ID,
              departmentId: 'scjg',
              experts: {
                e2: [{ inspectorId: 'p-scjg-other', departmentId: 'scjg', appointedReason: '专业' }],
              },
              draw: DRAW_RECORD,
            },
          },
        ]);
    });

    it('experts are optional: none drawn is a recorded draw of none', () => {
      spec
        .given(histories.entitiesDrawn)
        .when(drawExperts({ assignments: [] }))
        .then([{ ...expertsDrawn, data: { ...expertsDrawn.data, experts: {} } }]);
    });

    it('the lock announces the experts beside the team, and still counts only members', () => {
      spec
        .given([...histories.inspectorsDrawn, expertsDrawn])
        .when(lockTask())
        .then([
          {
            type: 'InspectionTaskLocked',
            data: {
              taskId: TASK_ID,
              entityIds: ['e1', 'e2'],
              teams: {
                ...LOCKED_TEAMS,
                e1: { ...LOCKED_TEAMS.e1, experts: expertsDrawn.data.experts.e1 },
              },
              ...ANNOUNCEMENT,
            },
          },
        ]);
    });

    it('once per department: EXPERTS_ALREADY_DRAWN', () => {
      spec
        .given([...histories.entitiesDrawn, expertsDrawn])
        .when(drawExperts())
        .thenRejects('EXPERTS_ALREADY_DRAWN');
    });

    it('only from the expert pool: NOT_AN_EXPERT', () => {
      spec
        .given(histories.entitiesDrawn)
        .when(drawExperts({ assignments: [{ entityId: 'e1', expertIds: ['p-scjg-4'] }] }))
        .thenRejects('NOT_AN_EXPERT');
    });

    it("only the department's own eligible staff: INSPECTOR_NOT_ELIGIBLE", () => {
      spec
        .given(histories.entitiesDrawn)
        .when(drawExperts({ assignments: [{ entityId: 'e1', expertIds: ['p-xf-expert'] }] }))
        .thenRejects('INSPECTOR_NOT_ELIGIBLE');
    });

    it('only for listed entities: ENTITY_NOT_IN_TASK', () => {
      spec
        .given(histories.entitiesDrawn)
        .when(drawExperts({ assignments: [{ entityId: 'e9', expertIds: ['p-scjg-expert'] }] }))
        .thenRejects('ENTITY_NOT_IN_TASK');
    });

    it('once per entity: INSPECTOR_TWICE', () => {
      spec
        .given(histories.entitiesDrawn)
        .when(drawExperts({ appointed: [{ entityId: 'e1', inspectorId: 'p-scjg-expert', reason: '专业' }] }))
        .thenRejects('INSPECTOR_TWICE');
    });

    it('an appointment without a reason: APPOINTMENT_REASON_MISSING', () => {
      spec
        .given(histories.entitiesDrawn)
        .when(
          drawExperts({
            assignments: [],
            appointed: [{ entityId: 'e1', inspectorId: 'p-scjg-expert', reason: ' ' }],
          }),
        )
        .thenRejects('APPOINTMENT_REASON_MISSING');
    });

    it('at most MAX_EXPERTS_PER_ENTITY per entity: TOO_MANY_EXPERTS', () => {
      const many = Array.from({ length: 6 }, (_, n) =>
        person(`p-scjg-x${n}`, 'scjg', { category: 'expert' }),
      );
      spec
        .given(histories.entitiesDrawn)
        .when(
          drawExperts({
            assignments: [{ entityId: 'e1', expertIds: many.map((m) => m.inspectorId) }],
            inspectors: [...QUALIFIED, ...many],
          }),
        )
        .thenRejects('TOO_MANY_EXPERTS');
    });

    it('a department outside the task: DEPARTMENT_NOT_IN_TASK; before the entity draw: ENTITIES_NOT_DRAWN', () => {
      spec
        .given(histories.entitiesDrawn)
        .when(drawExperts({ by: outsider }))
        .thenRejects('DEPARTMENT_NOT_IN_TASK');
      spec
        .given(histories.responded)
        .when(drawExperts({ by: xfClerk, assignments: [] }))
        .thenRejects('ENTITIES_NOT_DRAWN');
    });
  });
});

function foldState() {
  let state = inspectionTaskDecider.initialState();
  for (const event of histories.entitiesDrawn) state = inspectionTaskDecider.evolve(state, event);
  return state;
}
