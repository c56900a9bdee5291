import { DomainError } from '@app/domain';
import { refuseUnneededAppointments } from './unneeded-appointments';

const outcome = {
  assignments: [
    { entityId: 'e1', inspectorIds: ['i1'], fromNeighbours: [] },
    { entityId: 'e2', inspectorIds: ['i2', 'i3'], fromNeighbours: [] },
  ],
  shortages: [{ entityId: 'e1', needed: 2 }],
};

function refusal(appointments: { entityId: string; inspectorIds: string[] }[]): unknown {
  try {
    refuseUnneededAppointments(appointments, outcome);
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? { code: error.code, details: error.details } : error;
  }
}

describe('appointments fill only a shortfall of the draw', () => {
  it('accepts one appointment for each missing member', () => {
    expect(refusal([{ entityId: 'e1', inspectorIds: ['i9'] }])).toBeUndefined();
    expect(refusal([])).toBeUndefined();
  });

  it.each([
    ['an entity with no shortfall', [{ entityId: 'e2', inspectorIds: ['i9'] }], 0],
    ['an entity the task did not draw', [{ entityId: 'e7', inspectorIds: ['i9'] }], 0],
    ['more people than are missing', [{ entityId: 'e1', inspectorIds: ['i8', 'i9'] }], 1],
    ['an inspector the draw already gave', [{ entityId: 'e1', inspectorIds: ['i1'] }], 1],
  ])('refuses %s: 409 APPOINTMENT_NOT_NEEDED naming it', (_, appointments, missing) => {
    expect(refusal(appointments)).toEqual({
      code: 'APPOINTMENT_NOT_NEEDED',
      details: { unneeded: [{ ...appointments[0], missing }] },
    });
  });

  it('refuses an entity listed twice, naming the second', () => {
    const twice = [
      { entityId: 'e1', inspectorIds: ['i8'] },
      { entityId: 'e1', inspectorIds: ['i9'] },
    ];
    expect(refusal(twice)).toEqual({
      code: 'APPOINTMENT_NOT_NEEDED',
      details: { unneeded: [{ entityId: 'e1', inspectorIds: ['i9'], missing: 1 }] },
    });
  });
});
