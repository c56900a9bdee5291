import fc from 'fast-check';
import { DomainError } from '../domain-error';
import { sampleCreditCode } from '../testing/sample-codes';
import { type EntityCommand, type EntityProfile, type EntityState, entityDecider } from './entity';
import { isUnifiedSocialCreditCode } from './unified-social-credit-code';

/*
 * Random directory commands on one entity (registrations with good and bad codes, imports,
 * updates, re-ratings, deregistrations, in any order): refusals are DomainErrors with stable
 * codes, decisions are pure, and an entity that exists always has a valid profile.
 */
const GOOD = sampleCreditCode(7);
const profile = fc.record({
  code: fc.constantFrom(GOOD, GOOD.toLowerCase(), '91320102MA0000000X', '', '𠀀'),
  name: fc.constantFrom('南京示例商贸有限公司', ''),
  kind: fc.constantFrom('enterprise', 'individual_business', 'farmer_cooperative'),
  address: fc.constant('江苏省南京市'),
  regionCode: fc.constantFrom('320102', '32010', 'abcdef'),
  industryCode: fc.constantFrom('F5100', 'H6210', '??'),
  tags: fc.subarray(['食品经营', '学校周边']),
  creditRisk: fc.constantFrom('A', 'B', 'C', 'D'),
  abnormalList: fc.boolean(),
  seriousViolationList: fc.boolean(),
  complaintsThisYear: fc.constantFrom(0, 2, -1),
}) as fc.Arbitrary<EntityProfile>;

const command: fc.Arbitrary<EntityCommand> = fc.oneof(
  profile.map((p) => ({ kind: 'RegisterEntity' as const, entityId: GOOD, profile: p })),
  profile.map((p) => ({ kind: 'ImportEntity' as const, entityId: GOOD, profile: p })),
  fc
    .record(
      {
        name: fc.constantFrom('新名称', ''),
        regionCode: fc.constantFrom('320104', 'x'),
        tags: fc.constant<string[]>([]),
      },
      { requiredKeys: [] },
    )
    .map((changes): EntityCommand => ({ kind: 'UpdateEntity', entityId: GOOD, changes })),
  fc
    .tuple(fc.constantFrom('A', 'B', 'C', 'D'), fc.constantFrom('年度评定', ''))
    .map(([creditRisk, reason]) => ({ kind: 'RerateEntity' as const, entityId: GOOD, creditRisk, reason })),
  fc
    .constantFrom('注销', '')
    .map((reason) => ({ kind: 'DeregisterEntity' as const, entityId: GOOD, reason })),
);

function invariants(before: EntityState, after: EntityState): void {
  if (before.status !== 'absent') expect(after.status).not.toBe('absent');
  if (before.status === 'deregistered') expect(after.status).toBe('deregistered');
  if (after.status === 'absent') return;
  if (after.profile.kind === 'enterprise') expect(isUnifiedSocialCreditCode(after.profile.code)).toBe(true);
  expect(after.profile.name).not.toBe('');
}

describe('entity decider, under random commands (fast-check)', () => {
  it('refuses only with DomainErrors of a stable code, decides purely, and keeps every entry valid', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 20 }), (sequence) => {
        let state = entityDecider.initialState();
        for (const next of sequence) {
          let events;
          try {
            events = entityDecider.decide(next, state);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect((error as DomainError).code).toMatch(/^[A-Z][A-Z0-9_]*$/);
            continue;
          }
          expect(entityDecider.decide(next, state)).toEqual(events);
          const after = events.reduce(entityDecider.evolve, state);
          invariants(state, after);
          state = after;
        }
      }),
      { numRuns: 500 },
    );
  });
});
