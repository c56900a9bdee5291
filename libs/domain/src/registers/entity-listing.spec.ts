import { directoryEntryAfter } from '../draws/directory-entry';
import { deciderSpecification } from '../testing/decider-specification';
import { type EntityEvent, type EntityProfile, entityDecider } from './entity';

const spec = deciderSpecification(entityDecider);
const profile: EntityProfile = {
  code: '91350100M000100Y43',
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
const entityId = profile.code;
const registered: EntityEvent = { type: 'EntityRegistered', data: { entityId, ...profile } };
const listed: EntityEvent = {
  type: 'EntityListed',
  data: { entityId, list: 'seriousViolation', reason: '移送后行政处罚', referralId: 'r-1' },
};

describe('entity: listed as abnormal or serious violator, and removed', () => {
  it('lists a registered entity: EntityListed with the referral it follows', () => {
    spec
      .given([registered])
      .when({
        kind: 'ListEntity',
        entityId,
        list: 'seriousViolation',
        reason: '移送后行政处罚',
        referralId: 'r-1',
      })
      .then([listed]);
  });
  it('removes it: EntityDelisted', () => {
    spec
      .given([registered, listed])
      .when({ kind: 'DelistEntity', entityId, list: 'seriousViolation', reason: '信用修复' })
      .then([{ type: 'EntityDelisted', data: { entityId, list: 'seriousViolation', reason: '信用修复' } }]);
  });
  it('refuses a listing twice: ENTITY_ALREADY_LISTED; a removal of what is not listed: ENTITY_NOT_LISTED', () => {
    spec
      .given([registered, listed])
      .when({ kind: 'ListEntity', entityId, list: 'seriousViolation', reason: 'x' })
      .thenRejects('ENTITY_ALREADY_LISTED');
    spec
      .given([registered])
      .when({ kind: 'DelistEntity', entityId, list: 'abnormal', reason: 'x' })
      .thenRejects('ENTITY_NOT_LISTED');
  });
  it('refuses without a reason: ENTITY_LISTING_REASON_REQUIRED', () => {
    spec
      .given([registered])
      .when({ kind: 'ListEntity', entityId, list: 'abnormal', reason: ' ' })
      .thenRejects('ENTITY_LISTING_REASON_REQUIRED');
  });
  it('refuses an entity not registered: ENTITY_NOT_FOUND, or deregistered: ENTITY_DEREGISTERED', () => {
    spec
      .given([])
      .when({ kind: 'ListEntity', entityId, list: 'abnormal', reason: 'x' })
      .thenRejects('ENTITY_NOT_FOUND');
    spec
      .given([registered, { type: 'EntityDeregistered', data: { entityId, reason: '注销' } }])
      .when({ kind: 'ListEntity', entityId, list: 'abnormal', reason: 'x' })
      .thenRejects('ENTITY_DEREGISTERED');
  });
  it('the draw sees the listing: the pool profile’s flag follows the events', () => {
    let entry = directoryEntryAfter(undefined, registered);
    entry = directoryEntryAfter(entry, listed);
    expect(entry?.profile.seriousViolationList).toBe(true);
    entry = directoryEntryAfter(entry, {
      type: 'EntityDelisted',
      data: { entityId, list: 'seriousViolation', reason: '信用修复' },
    });
    expect(entry?.profile.seriousViolationList).toBe(false);
  });
});
