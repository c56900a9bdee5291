import { ApiFailure } from '../api/client';
import { problemsElsewhere } from './problems';

describe('problemsElsewhere', () => {
  const details = [
    { field: 'name', reason: 'must not be empty' },
    { field: 'tags.1', reason: 'too long' },
    { field: 'departmentId', reason: 'unknown' },
  ];

  it('lists the reasons for fields the form does not show', () => {
    expect(problemsElsewhere(details, ['name', 'tags'])).toEqual([
      { field: 'departmentId', reason: 'unknown' },
    ]);
    expect(problemsElsewhere(undefined, ['name'])).toEqual([]);
    expect(problemsElsewhere('not a list', ['name'])).toEqual([]);
  });

  it('shows every reason once: the first for a field beside its control, any other in the list', () => {
    const twice = [
      { field: 'items[0].finding', reason: 'required' },
      { field: 'items[2].finding', reason: 'too long' },
      { field: 'reason', reason: 'required' },
    ];
    const failure = new ApiFailure(400, 'VALIDATION', 'invalid', twice);
    expect(failure.problemFor('items')?.reason).toBe('required');
    expect(problemsElsewhere(twice, ['items', 'reason'])).toEqual([
      { field: 'items[2].finding', reason: 'too long' },
    ]);
  });
});
