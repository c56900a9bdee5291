import { deciderSpecification } from '../testing/decider-specification';
import { type EntityProfile, entityDecider, entityIdOf } from './entity';

const spec = deciderSpecification(entityDecider);
const profile: EntityProfile = {
  code: '91350100M000100Y43',
  name: '福州某某餐饮有限公司',
  kind: 'enterprise',
  address: '福州市鼓楼区某路1号',
  legalRepresentative: '张三',
  regionCode: '350102',
  industryCode: 'H6210',
  tags: ['餐饮'],
  creditRisk: 'B',
  abnormalList: false,
  seriousViolationList: false,
  complaintsThisYear: 0,
};
const id = '91350100M000100Y43';
const registered = { type: 'EntityRegistered' as const, data: { entityId: id, ...profile } };

describe('entity', () => {
  it('registers an entity under its code', () => {
    expect(entityIdOf('91350100m000100y43', 'enterprise')).toBe(id);
    spec.given([]).when({ kind: 'RegisterEntity', entityId: id, profile }).then([registered]);
  });

  it('refuses an entry without a name, registered, imported or updated: ENTITY_NAME_REQUIRED', () => {
    for (const kind of ['RegisterEntity', 'ImportEntity'] as const) {
      spec
        .given([])
        .when({ kind, entityId: id, profile: { ...profile, name: '  ' } })
        .thenRejects('ENTITY_NAME_REQUIRED');
    }
    spec
      .given([registered])
      .when({ kind: 'UpdateEntity', entityId: id, changes: { name: '' } })
      .thenRejects('ENTITY_NAME_REQUIRED');
  });

  it('refuses an enterprise whose code is not a valid credit code, but not a product', () => {
    const bad = { ...profile, code: '91350100M000100Y44' };
    spec
      .given([])
      .when({ kind: 'RegisterEntity', entityId: bad.code, profile: bad })
      .thenRejects('ENTITY_CODE_INVALID');
    const product = { ...profile, kind: 'product' as const, code: 'P-001' };
    spec
      .given([])
      .when({ kind: 'RegisterEntity', entityId: 'P-001', profile: product })
      .then([{ type: 'EntityRegistered', data: { entityId: 'P-001', ...product } }]);
  });

  it('treats the same registration again as a retry and a different one as a conflict', () => {
    spec.given([registered]).when({ kind: 'RegisterEntity', entityId: id, profile }).then([]);
    spec
      .given([registered])
      .when({ kind: 'RegisterEntity', entityId: id, profile: { ...profile, name: '别名' } })
      .thenRejects('ENTITY_ALREADY_REGISTERED');
  });

  it('imports: registers, changes nothing for the same row, and brings the entry up to a changed row', () => {
    spec.given([]).when({ kind: 'ImportEntity', entityId: id, profile }).then([registered]);
    spec.given([registered]).when({ kind: 'ImportEntity', entityId: id, profile }).then([]);
    spec
      .given([registered])
      .when({
        kind: 'ImportEntity',
        entityId: id,
        profile: { ...profile, address: '新地址', creditRisk: 'C' },
      })
      .then([
        {
          type: 'EntityUpdated',
          data: { entityId: id, changes: { address: '新地址' }, previous: { address: profile.address } },
        },
        {
          type: 'EntityCreditRiskRerated',
          data: { entityId: id, from: 'B', to: 'C', reason: 'bulk import' },
        },
      ]);
    spec
      .given([registered])
      .when({ kind: 'ImportEntity', entityId: id, profile: { ...profile, kind: 'individual_business' } })
      .thenRejects('ENTITY_KIND_MISMATCH');
  });

  it('updates only what changed', () => {
    spec
      .given([registered])
      .when({ kind: 'UpdateEntity', entityId: id, changes: { abnormalList: true, name: profile.name } })
      .then([
        {
          type: 'EntityUpdated',
          data: { entityId: id, changes: { abnormalList: true }, previous: { abnormalList: false } },
        },
      ]);
    spec
      .given([registered])
      .when({ kind: 'UpdateEntity', entityId: id, changes: { tags: ['餐饮'] } })
      .then([]);
  });

  it('re-rates the credit-risk class with a reason', () => {
    spec
      .given([registered])
      .when({ kind: 'RerateEntity', entityId: id, creditRisk: 'D', reason: '列入严重违法失信名单' })
      .then([
        {
          type: 'EntityCreditRiskRerated',
          data: { entityId: id, from: 'B', to: 'D', reason: '列入严重违法失信名单' },
        },
      ]);
    spec
      .given([registered])
      .when({ kind: 'RerateEntity', entityId: id, creditRisk: 'B', reason: 'x' })
      .then([]);
  });

  it('deregisters, after which the entry cannot change', () => {
    const gone = { type: 'EntityDeregistered' as const, data: { entityId: id, reason: '注销' } };
    spec.given([registered]).when({ kind: 'DeregisterEntity', entityId: id, reason: '注销' }).then([gone]);
    spec
      .given([registered, gone])
      .when({ kind: 'UpdateEntity', entityId: id, changes: { name: 'x' } })
      .thenRejects('ENTITY_DEREGISTERED');
    spec
      .given([registered, gone])
      .when({ kind: 'ImportEntity', entityId: id, profile })
      .thenRejects('ENTITY_DEREGISTERED');
    spec
      .given([registered, gone])
      .when({ kind: 'DeregisterEntity', entityId: id, reason: 'x' })
      .thenRejects('ENTITY_DEREGISTERED');
  });

  it('refuses changes to an entity that does not exist', () => {
    spec.given([]).when({ kind: 'UpdateEntity', entityId: id, changes: {} }).thenRejects('ENTITY_NOT_FOUND');
    spec
      .given([])
      .when({ kind: 'RerateEntity', entityId: id, creditRisk: 'A', reason: 'x' })
      .thenRejects('ENTITY_NOT_FOUND');
    spec
      .given([])
      .when({ kind: 'DeregisterEntity', entityId: id, reason: 'x' })
      .thenRejects('ENTITY_NOT_FOUND');
  });
});
