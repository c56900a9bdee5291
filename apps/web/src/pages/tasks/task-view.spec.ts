import { aTask } from './task-fixture';
import { actingDepartments, listedEntities } from '@app/domain';
import {
  itemsOf,
  mayDecide,
  offeredActions,
  resultStatus,
  teamDepartmentOf,
  teamMemberId,
} from './task-view';

const result = { category: 'no_issue_found' as const, itemFindings: [], inspectedOn: '2026-03-02' };

describe('what the task detail shows', () => {
  it('counts the lead and the accepting participants as taking part', () => {
    const task = aTask({
      responses: {
        p1: { accepted: true, itemIds: ['i-p1'], late: false },
        p2: { accepted: false, itemIds: [], late: true },
      },
    });
    expect(actingDepartments(task)).toEqual(['lead', 'p1']);
    expect(itemsOf(task, 'lead')).toEqual(['i-lead']);
    expect(itemsOf(task, 'p2')).toEqual([]);
    expect(itemsOf(aTask(), 'p2')).toEqual(['i-p2']);
  });

  it('leaves withdrawn entities off the list', () => {
    expect(listedEntities(aTask({ entityIds: ['e1', 'e2'], withdrawnEntityIds: ['e1'] }))).toEqual(['e2']);
    expect(listedEntities(aTask())).toEqual([]);
  });

  it('follows a result from entry to publication, correction and withdrawal from view', () => {
    const entered = { 'e1|lead': { result, inspectorId: 'x', entries: 1 } };
    expect(resultStatus(aTask(), 'e1', 'lead')).toBe('not-entered');
    expect(resultStatus(aTask({ entered }), 'e1', 'lead')).toBe('entered');
    const published = aTask({ entered, published: { 'e1|lead': result } });
    expect(resultStatus(published, 'e1', 'lead')).toBe('published');
    const corrected = aTask({
      ...published,
      requests: {
        r1: {
          kind: 'correction',
          entityId: 'e1',
          departmentId: 'lead',
          corrected: result,
          reason: 'r',
          requesterId: 'o',
          status: 'approved',
        },
      },
    });
    expect(resultStatus(corrected, 'e1', 'lead')).toBe('corrected');
    expect(
      resultStatus(aTask({ ...published, disclosureStopped: { 'e1|lead': '2029-04-01' } }), 'e1', 'lead'),
    ).toBe('stopped');
  });

  it('finds the department an inspector inspects an entity for', () => {
    const task = aTask({ teams: { e1: { members: [{ inspectorId: 'u1', departmentId: 'p1' }] } } });
    expect(teamDepartmentOf(task, 'e1', 'u1')).toBe('p1');
    expect(teamDepartmentOf(task, 'e1', 'u2')).toBeUndefined();
    // A signed-in official is in the team as their linked inspector; a service token as its subject.
    const roles = ['inspector'];
    expect(teamMemberId({ userId: 'acct-1', inspectorId: 'u1', departmentId: 'p1', roles })).toBe('u1');
    expect(teamMemberId({ userId: 'u1', departmentId: 'p1', roles })).toBe('u1');
  });

  it('offers the lead’s operator the draw, the lock and the cancellation before lock', () => {
    const operator = { userId: 'o', departmentId: 'lead', roles: ['operator'] };
    const offered = offeredActions(aTask(), operator);
    expect(offered.drawEntities).toBe(true);
    expect(offered.cancel).toBe(true);
    expect(offered.lock).toBe(false);
    expect(offered.respond).toBe(false);
    const drawn = offeredActions(aTask({ entityIds: ['e1'] }), operator);
    expect(drawn).toMatchObject({ drawEntities: false, drawInspectors: true, lock: true });
  });

  it('offers the cancellation before the draw to the coordinator of the joint office that initiated it', () => {
    const coordinator = { userId: 'c', departmentId: 'lxb', roles: ['coordinator'] };
    const byOffice = aTask({ initiatedByOffice: { officeId: 'lxb' } });
    expect(offeredActions(byOffice, coordinator)).toMatchObject({
      cancel: true,
      drawEntities: false,
      lock: false,
    });
    expect(offeredActions({ ...byOffice, entityIds: ['e1'] }, coordinator).cancel).toBe(false);
    expect(offeredActions(aTask(), coordinator).cancel).toBe(false);
  });

  it('after the draw offers the lead a cancellation request instead of a cancellation, once', () => {
    const operator = { userId: 'o', departmentId: 'lead', roles: ['operator'] };
    expect(offeredActions(aTask(), operator)).toMatchObject({ cancel: true, requestCancellation: false });
    const drawn = aTask({ entityIds: ['e1'] });
    expect(offeredActions(drawn, operator)).toMatchObject({ cancel: false, requestCancellation: true });
    const asked = aTask({
      entityIds: ['e1'],
      requests: {
        r: { kind: 'cancellation', departmentId: 'lead', reason: 'r', requesterId: 'o', status: 'pending' },
      },
    });
    expect(offeredActions(asked, operator).requestCancellation).toBe(false);
    const participant = { userId: 'p', departmentId: 'p1', roles: ['operator'] };
    expect(offeredActions(drawn, participant).requestCancellation).toBe(false);
  });

  it('offers a participant’s operator the response once, and nothing after lock', () => {
    const operator = { userId: 'o', departmentId: 'p1', roles: ['operator'] };
    expect(offeredActions(aTask(), operator).respond).toBe(true);
    const answered = aTask({ responses: { p1: { accepted: true, itemIds: ['i-p1'], late: false } } });
    expect(offeredActions(answered, operator).respond).toBe(false);
    expect(offeredActions(aTask({ status: 'locked' }), operator).respond).toBe(false);
  });

  it('offers heads publication and principals corrections of their own department', () => {
    const locked = aTask({ status: 'locked', entityIds: ['e1'] });
    expect(offeredActions(locked, { userId: 'h', departmentId: 'lead', roles: ['head'] }).publish).toBe(true);
    expect(offeredActions(locked, { userId: 'h', departmentId: 'p1', roles: ['head'] }).publish).toBe(false);
    const base = { entityId: 'e1', departmentId: 'lead', requesterId: 'o', status: 'pending' as const };
    const correction = { ...base, kind: 'correction' as const, corrected: result, reason: 'r' };
    const withdrawal = { ...base, kind: 'withdrawal' as const, reason: 'moved_away' as const };
    const principal = { userId: 'p', departmentId: 'lead', roles: ['principal'] };
    const head = { userId: 'h', departmentId: 'lead', roles: ['head'] };
    expect(mayDecide(correction, principal)).toBe(true);
    expect(mayDecide(correction, head)).toBe(false);
    expect(mayDecide(withdrawal, head)).toBe(true);
    expect(mayDecide({ ...withdrawal, status: 'approved' }, head)).toBe(false);
    expect(mayDecide(withdrawal, { ...head, departmentId: 'p1' })).toBe(false);
    // Nobody approves their own request (the api refuses APPROVER_IS_REQUESTER).
    expect(mayDecide({ ...withdrawal, requesterId: 'h' }, head)).toBe(false);
    const cancellation = {
      kind: 'cancellation' as const,
      departmentId: 'lead',
      reason: 'r',
      requesterId: 'o',
    };
    expect(mayDecide({ ...cancellation, status: 'pending' }, principal)).toBe(true);
    expect(mayDecide({ ...cancellation, status: 'pending' }, head)).toBe(false);
    expect(mayDecide({ ...cancellation, status: 'pending', requesterId: 'p' }, principal)).toBe(false);
  });
});
