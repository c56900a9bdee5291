import { deciderSpecification } from '../testing/decider-specification';
import { type EntityEvent, type EntityProfile, type EntityState, entityDecider } from './entity';
import { type SealedContactMobile, entityContactSubject } from './entity-contact';

const spec = deciderSpecification(entityDecider);
const id = '91350100M000100Y43';
const profile: EntityProfile = {
  code: id,
  name: '福州某某餐饮有限公司',
  kind: 'enterprise',
  address: '福州市鼓楼区某路1号',
  regionCode: '350102',
  industryCode: 'H6210',
  tags: [],
  creditRisk: 'B',
  abnormalList: false,
  seriousViolationList: false,
  complaintsThisYear: 0,
};
const sealed = (subject: string, data: string): SealedContactMobile => ({
  subject,
  sealed: { v: 1, iv: 'aXY=', tag: 'dGFn', data },
});
const first = sealed(entityContactSubject(id, 0), 'b25l');
const withSealed: EntityEvent = {
  type: 'EntityRegistered',
  data: { entityId: id, ...profile, contactMobileSealed: first },
};
const withClear: EntityEvent = {
  type: 'EntityRegistered',
  data: { entityId: id, ...profile, contactMobile: '13812345678' },
};
const erased = (erasures: number): EntityEvent => ({
  type: 'EntityContactErased',
  data: { entityId: id, subject: entityContactSubject(id, erasures), reason: '本人要求删除' },
});
const erase = { kind: 'EraseEntityContact' as const, entityId: id, reason: '本人要求删除' };

function fold(events: EntityEvent[]): EntityState {
  return events.reduce(entityDecider.evolve, entityDecider.initialState());
}

describe('the entity contact, sealed (docs/security.md "Personal data")', () => {
  it('names one key per contact: a new one after each erasure', () => {
    expect(entityContactSubject(id, 0)).toBe(`entityContact:${id}`);
    expect(entityContactSubject(id, 2)).toBe(`entityContact:${id}#2`);
  });

  it('erases a sealed contact under its key, and the entry then holds none', () => {
    spec
      .given([withSealed])
      .when(erase)
      .then([erased(0)]);
    const state = fold([withSealed, erased(0)]);
    expect(state.status !== 'absent' && state.profile.contactMobileSealed).toBeUndefined();
    expect(state.status !== 'absent' && state.contactErasures).toBe(1);
  });

  it('erases a clear contact of an entry from before sealing from the state', () => {
    spec
      .given([withClear])
      .when(erase)
      .then([erased(0)]);
    const state = fold([withClear, erased(0)]);
    expect(state.status !== 'absent' && state.profile.contactMobile).toBeUndefined();
  });

  it('refuses a second erasure (ENTITY_CONTACT_ALREADY_ERASED), so a retry destroys the key still', () => {
    spec
      .given([withSealed, erased(0)])
      .when(erase)
      .thenRejects('ENTITY_CONTACT_ALREADY_ERASED');
  });

  it('refuses to erase a contact never recorded (NO_REGISTERED_CONTACT), or of no entity', () => {
    spec
      .given([{ type: 'EntityRegistered', data: { entityId: id, ...profile } }])
      .when(erase)
      .thenRejects('NO_REGISTERED_CONTACT');
    spec.given([]).when(erase).thenRejects('ENTITY_NOT_FOUND');
  });

  it('erases the contact of a deregistered entry too', () => {
    const gone: EntityEvent = { type: 'EntityDeregistered', data: { entityId: id, reason: '注销' } };
    spec
      .given([withSealed, gone])
      .when(erase)
      .then([erased(0)]);
    expect(fold([withSealed, gone, erased(0)]).status).toBe('deregistered');
  });

  it('records a contact again after an erasure, under the next key, and erases that one', () => {
    const next = sealed(entityContactSubject(id, 1), 'dHdv');
    const changes = { contactMobileSealed: next };
    spec
      .given([withSealed, erased(0)])
      .when({ kind: 'UpdateEntity', entityId: id, changes })
      .then([
        {
          type: 'EntityUpdated',
          data: { entityId: id, changes, previous: {} },
        },
      ]);
    const updated: EntityEvent = {
      type: 'EntityUpdated',
      data: { entityId: id, changes, previous: {} },
    };
    spec
      .given([withSealed, erased(0), updated])
      .when(erase)
      .then([erased(1)]);
  });

  it('lets a sealed contact supersede the clear one of an entry from before sealing', () => {
    const updated: EntityEvent = {
      type: 'EntityUpdated',
      data: { entityId: id, changes: { contactMobileSealed: first }, previous: {} },
    };
    const state = fold([withClear, updated]);
    expect(state.status !== 'absent' && state.profile.contactMobile).toBeUndefined();
    expect(state.status !== 'absent' && state.profile.contactMobileSealed).toEqual(first);
  });
});
