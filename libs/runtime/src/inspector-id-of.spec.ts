import { inspectorIdOf } from '@app/runtime';

describe('inspectorIdOf: who "the inspector" is for the team rules', () => {
  it("is a signed-in user's linked inspector, not the user's own id", () => {
    expect(inspectorIdOf({ id: 'u-7', inspectorId: 'p-1' })).toBe('p-1');
  });

  it("is the token's subject when no inspector is linked (a service token minted for the inspector)", () => {
    expect(inspectorIdOf({ id: 'p-1' })).toBe('p-1');
  });
});
