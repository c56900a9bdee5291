import { capExemptions, capState, yearsEnding } from './entity-checks-model';

describe('an entity’s yearly checks', () => {
  it('shows the years ending with the one chosen, oldest first', () => {
    expect(yearsEnding(2026, 3)).toEqual([2024, 2025, 2026]);
  });

  it('places a count under, at or over the yearly cap', () => {
    expect([capState(1, 2), capState(2, 2), capState(3, 2)]).toEqual(['under', 'at', 'over']);
  });

  it('names what lifts the cap for the entity', () => {
    expect(capExemptions({})).toEqual([]);
    expect(capExemptions({ abnormalList: true, complaintsThisYear: 1 })).toEqual(['abnormalList']);
    expect(capExemptions({ seriousViolationList: true, complaintsThisYear: 2 })).toEqual([
      'seriousViolationList',
      'complaints',
    ]);
  });
});
