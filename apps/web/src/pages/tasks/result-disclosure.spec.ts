import { aTask } from './task-fixture';
import {
  blankRectification,
  nonPublicationBody,
  nonPublicationPending,
  rectificationBody,
  rectificationsOf,
} from './result-disclosure-logic';
import { mayAskNonPublication, mayDecide, offeredActions, requestsPath, resultStatus } from './task-view';
import type { InspectionResult, TaskRequest } from './task-types';

const result: InspectionResult = {
  category: 'ordered_to_correct',
  method: 'onsite',
  itemFindings: [],
  inspectedOn: '2026-03-02',
};
const entered = { 'e1|lead': { result, inspectorId: 'i1', entries: 1 } };
const asked: TaskRequest = {
  kind: 'non_publication',
  entityId: 'e1',
  departmentId: 'lead',
  ground: 'trade_secret',
  legalBasis: '《反不正当竞争法》第九条',
  requesterId: 'o',
  status: 'pending',
};

describe('keeping a result from publication, in the console', () => {
  it('is offered for an entered, unpublished result with none asked; not once asked, withheld or published', () => {
    const task = aTask({ status: 'locked', entered });
    expect(mayAskNonPublication(task, 'e1', 'lead')).toBe(true);
    expect(mayAskNonPublication(aTask({ status: 'locked' }), 'e1', 'lead')).toBe(false);
    const pending = aTask({ status: 'locked', entered, requests: { r1: asked } });
    expect(nonPublicationPending(pending, 'e1', 'lead')).toBe(true);
    expect(mayAskNonPublication(pending, 'e1', 'lead')).toBe(false);
    const withheld = aTask({
      status: 'locked',
      entered,
      notForPublication: { 'e1|lead': { ground: 'trade_secret', approvedOn: '2026-03-03' } },
    });
    expect(mayAskNonPublication(withheld, 'e1', 'lead')).toBe(false);
    expect(resultStatus(withheld, 'e1', 'lead')).toBe('withheld');
    const published = aTask({ status: 'locked', entered, published: { 'e1|lead': result } });
    expect(mayAskNonPublication(published, 'e1', 'lead')).toBe(false);
  });

  it("is asked by an operator or an inspector of a taking-part department, decided by the department's head", () => {
    const locked = aTask({ status: 'locked' });
    expect(
      offeredActions(locked, { userId: 'o', departmentId: 'lead', roles: ['operator'] })
        .requestNonPublication,
    ).toBe(true);
    expect(
      offeredActions(locked, { userId: 'i', departmentId: 'lead', roles: ['inspector'] })
        .requestNonPublication,
    ).toBe(true);
    expect(
      offeredActions(locked, { userId: 'h', departmentId: 'lead', roles: ['head'] }).requestNonPublication,
    ).toBe(false);
    expect(
      offeredActions(locked, { userId: 'o', departmentId: 'x', roles: ['operator'] }).requestNonPublication,
    ).toBe(false);
    const head = { userId: 'h', departmentId: 'lead', roles: ['head'] };
    expect(mayDecide(asked, head)).toBe(true);
    expect(mayDecide(asked, { ...head, roles: ['principal'] })).toBe(false);
    expect(mayDecide({ ...asked, requesterId: 'h' }, head)).toBe(false);
    expect(requestsPath('non_publication')).toBe('non-publication-requests');
    expect(requestsPath('correction')).toBe('correction-requests');
  });

  it('sends the ground and the trimmed legal basis, leaving a blank ground out for the api to name', () => {
    expect(nonPublicationBody('e1', { ground: 'state_secret', legalBasis: ' 保密法第九条 ' })).toEqual({
      entityId: 'e1',
      ground: 'state_secret',
      legalBasis: '保密法第九条',
    });
    expect(nonPublicationBody('e1', { ground: '', legalBasis: '' })).toEqual({
      entityId: 'e1',
      legalBasis: '',
    });
  });
});

describe('整改 follow-up results, in the console', () => {
  it('start blank, dated today, with put-right unchosen', () => {
    expect(blankRectification('2026-03-05')).toEqual({
      rectified: '',
      findings: '',
      rectifiedOn: '2026-03-05',
    });
  });

  it('send what was typed; an unchosen put-right is left out for the api to name', () => {
    expect(
      rectificationBody('e1', { rectified: 'no', findings: ' 仍未整改 ', rectifiedOn: '2026-03-05' }),
    ).toEqual({
      entityId: 'e1',
      rectified: false,
      findings: '仍未整改',
      rectifiedOn: '2026-03-05',
    });
    expect('rectified' in rectificationBody('e1', blankRectification('2026-03-05'))).toBe(false);
  });

  it("are listed per department's result, none for tasks folded before they were kept", () => {
    const one = {
      rectificationId: 'r1',
      rectified: true,
      findings: '已整改',
      rectifiedOn: '2026-03-05',
      enteredBy: 'o',
    };
    expect(rectificationsOf(aTask({ rectifications: { 'e1|lead': [one] } }), 'e1', 'lead')).toEqual([one]);
    expect(rectificationsOf(aTask(), 'e1', 'lead')).toEqual([]);
  });

  it('are offered, after lock, to operators and inspectors of a taking-part department', () => {
    const locked = aTask({ status: 'locked' });
    expect(
      offeredActions(locked, { userId: 'o', departmentId: 'lead', roles: ['operator'] }).enterRectification,
    ).toBe(true);
    expect(
      offeredActions(locked, { userId: 'i', departmentId: 'lead', roles: ['inspector'] }).enterRectification,
    ).toBe(true);
    expect(
      offeredActions(aTask(), { userId: 'o', departmentId: 'lead', roles: ['operator'] }).enterRectification,
    ).toBe(false);
  });
});
