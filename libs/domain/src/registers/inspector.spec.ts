import { deciderSpecification } from '../testing/decider-specification';
import type { DomainError } from '../domain-error';
import { type InspectorEvent, type InspectorProfile, inspectorDecider } from './inspector';

const spec = deciderSpecification(inspectorDecider);
const profile: InspectorProfile = {
  departmentId: 'scjg',
  name: '李四',
  category: 'certified',
  certificateNo: 'ZF-001',
  regionCode: '320102',
  specialties: ['食品'],
  methods: ['onsite'],
};
const sealed = { v: 1, iv: 'aXY=', tag: 'dGFn', data: 'ZGF0YQ==' };
const registered = {
  type: 'InspectorRegistered' as const,
  data: { inspectorId: 'p1', ...profile, personalData: sealed },
};
const register = {
  kind: 'RegisterInspector' as const,
  inspectorId: 'p1',
  profile,
  personalData: sealed,
  departmentRegistered: true,
};
const left = {
  type: 'InspectorStatusChanged' as const,
  data: { inspectorId: 'p1', from: 'active' as const, to: 'left' as const, reason: '调离' },
};
const erased = {
  type: 'InspectorPersonalDataErased' as const,
  data: { inspectorId: 'p1', reason: '本人申请' },
};

describe('inspector', () => {
  it('registers an inspector with sealed personal data', () => {
    spec.given([]).when(register).then([registered]);
  });

  it('refuses an inspector of an unregistered department', () => {
    spec
      .given([])
      .when({ ...register, departmentRegistered: false })
      .thenRejects('DEPARTMENT_NOT_REGISTERED');
  });

  it('treats the same registration as a retry, other details as a conflict, another department as a conflict', () => {
    spec.given([registered]).when(register).then([]);
    spec
      .given([registered])
      .when({ ...register, profile: { ...profile, name: '王五' } })
      .thenRejects('INSPECTOR_ALREADY_REGISTERED');
    spec
      .given([registered])
      .when({ ...register, profile: { ...profile, departmentId: 'xf' } })
      .thenRejects('ID_CARD_NUMBER_UNAVAILABLE');
    spec
      .given([registered])
      .when({ ...register, personalDataChanged: true })
      .thenRejects('INSPECTOR_ALREADY_REGISTERED');
  });

  it('refuses another department the same way whatever the holder, naming neither them nor their department', () => {
    const refusal = (history: InspectorEvent[], kind: 'RegisterInspector' | 'ImportInspector') => {
      let state = inspectorDecider.initialState();
      for (const event of history) state = inspectorDecider.evolve(state, event);
      const command = {
        ...register,
        kind,
        personalDataChanged: false,
        profile: { ...profile, departmentId: 'xf' },
      };
      try {
        inspectorDecider.decide(command, state);
      } catch (error) {
        const { code, message, details } = error as DomainError;
        return { code, message, details };
      }
      throw new Error('not refused');
    };
    const answers = [
      refusal([registered], 'RegisterInspector'),
      refusal([registered], 'ImportInspector'),
      refusal([registered, left, erased], 'RegisterInspector'),
    ];
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0].code).toBe('ID_CARD_NUMBER_UNAVAILABLE');
    expect(JSON.stringify(answers[0])).not.toMatch(/scjg|p1|李四/);
  });

  it('imports: same row changes nothing; changed fields or personal data are updated', () => {
    const row = { ...register, kind: 'ImportInspector' as const, personalDataChanged: false };
    spec.given([registered]).when(row).then([]);
    spec
      .given([registered])
      .when({ ...row, profile: { ...profile, specialties: ['食品', '药品'] } })
      .then([
        {
          type: 'InspectorUpdated',
          data: {
            inspectorId: 'p1',
            changes: { specialties: ['食品', '药品'] },
            previous: { specialties: ['食品'] },
          },
        },
      ]);
    spec
      .given([registered])
      .when({ ...row, personalDataChanged: true })
      .then([
        {
          type: 'InspectorUpdated',
          data: { inspectorId: 'p1', changes: {}, previous: {}, personalData: sealed },
        },
      ]);
  });

  it('changes status with a reason, and nothing when it is already so', () => {
    spec
      .given([registered])
      .when({ kind: 'ChangeInspectorStatus', inspectorId: 'p1', status: 'left', reason: '调离' })
      .then([left]);
    spec
      .given([registered])
      .when({ kind: 'ChangeInspectorStatus', inspectorId: 'p1', status: 'active', reason: 'x' })
      .then([]);
  });

  it('records declared conflicts of interest, once per entity, with registered entities only', () => {
    const conflict = {
      kind: 'DeclareConflictOfInterest' as const,
      inspectorId: 'p1',
      entityId: 'e1',
      reason: '近亲属任职',
      entityRegistered: true,
    };
    const declared = {
      type: 'InspectorConflictDeclared' as const,
      data: { inspectorId: 'p1', entityId: 'e1', reason: '近亲属任职' },
    };
    spec.given([registered]).when(conflict).then([declared]);
    spec.given([registered, declared]).when(conflict).thenRejects('CONFLICT_ALREADY_DECLARED');
    spec
      .given([registered])
      .when({ ...conflict, entityRegistered: false })
      .thenRejects('ENTITY_NOT_FOUND');
  });

  it('erases the personal data of a person who has left, once, and then nothing more changes', () => {
    const erase = { kind: 'EraseInspectorPersonalData' as const, inspectorId: 'p1', reason: '本人申请' };
    spec.given([registered]).when(erase).thenRejects('INSPECTOR_NOT_LEFT');
    spec.given([registered, left]).when(erase).then([erased]);
    spec.given([registered, left, erased]).when(erase).thenRejects('INSPECTOR_ERASED');
    spec
      .given([registered, left, erased])
      .when({ kind: 'ChangeInspectorStatus', inspectorId: 'p1', status: 'active', reason: 'x' })
      .thenRejects('INSPECTOR_ERASED');
    spec.given([registered, left, erased]).when(register).thenRejects('INSPECTOR_ERASED');
  });

  it('refuses commands for an inspector who does not exist', () => {
    spec
      .given([])
      .when({ kind: 'UpdateInspector', inspectorId: 'p1', changes: { name: 'x' } })
      .thenRejects('INSPECTOR_NOT_FOUND');
    spec
      .given([])
      .when({ kind: 'EraseInspectorPersonalData', inspectorId: 'p1', reason: 'x' })
      .thenRejects('INSPECTOR_NOT_FOUND');
  });
});
