import {
  addCheckItemBody,
  changeCheckItemBody,
  checkItemFormOf,
  emptyCheckItemForm,
} from './check-item-form-state';
import { EMPTY_ENTITY_FORM, changeEntityBody, entityFormOf, registerEntityBody } from './entity-form-state';
import { changeInspectorBody, inspectorFormOf, registerInspectorBody } from './inspector-form-state';
import type { CheckItemView, EntityView, InspectorView } from './views';

const item: CheckItemView = {
  id: 'i1',
  departmentId: 'd01',
  name: '食品经营许可情况检查',
  basis: '《食品安全法》',
  targetKinds: ['enterprise'],
  content: '许可证是否有效',
  methods: ['onsite'],
  itemClass: 'A',
  ratio: 0.05,
  status: 'active',
  addedAt: '2026-01-05T01:00:00.000Z',
  updatedAt: '2026-01-05T01:00:00.000Z',
};

const entity: EntityView = {
  id: '91320102MA00000005',
  code: '91320102MA00000005',
  name: '企业0',
  kind: 'enterprise',
  address: '江苏省南京市',
  regionCode: '320102',
  industryCode: 'F5100',
  tags: ['餐饮'],
  creditRisk: 'B',
  abnormalList: false,
  seriousViolationList: false,
  complaintsThisYear: 0,
  status: 'registered',
  registeredAt: '2026-01-05T01:00:00.000Z',
  updatedAt: '2026-01-05T01:00:00.000Z',
};

const inspector: InspectorView = {
  id: 'p1',
  departmentId: 'd01',
  name: '检查员1',
  category: 'certified',
  regionCode: '320102',
  specialties: ['食品安全'],
  methods: [],
  status: 'active',
  conflicts: [],
  erased: false,
  idCardNumber: '32***************6',
  phone: '138****8000',
  registeredAt: '2026-01-05T01:00:00.000Z',
  updatedAt: '2026-01-05T01:00:00.000Z',
};

describe('the check-item form', () => {
  it('sends the definition, leaving blank optional numbers out', () => {
    const form = { ...emptyCheckItemForm('d01'), name: ' 事项 ', basis: '依据', content: '内容' };
    expect(addCheckItemBody({ ...form, targetKinds: ['product'], methods: ['onsite'] })).toEqual({
      departmentId: 'd01',
      name: '事项',
      basis: '依据',
      targetKinds: ['product'],
      content: '内容',
      methods: ['onsite'],
      itemClass: 'A',
    });
  });

  it('changes only what differs, never the department', () => {
    const form = { ...checkItemFormOf(item), itemClass: 'B' as const, ratio: '20', departmentId: 'd09' };
    expect(changeCheckItemBody(item, form)).toEqual({ itemClass: 'B', ratio: 0.2 });
    expect(changeCheckItemBody(item, checkItemFormOf(item))).toEqual({});
  });

  it('shows and takes the ratio as a percentage, sending the fraction', () => {
    expect(checkItemFormOf(item).ratio).toBe('5');
    const form = { ...emptyCheckItemForm('d01'), ratio: '7.5' };
    expect(addCheckItemBody(form).ratio).toBe(0.075);
    expect(addCheckItemBody({ ...form, ratio: '五' }).ratio).toBe('五');
  });
});

describe('the entity form', () => {
  it('sends tags as a list and flags as booleans', () => {
    const body = registerEntityBody({ ...EMPTY_ENTITY_FORM, code: '91320102MA00000005', tags: '餐饮，夜市' });
    expect(body).toMatchObject({ code: '91320102MA00000005', tags: ['餐饮', '夜市'], abnormalList: false });
    expect(body).not.toHaveProperty('legalRepresentative');
  });

  it('changes neither the code, the kind nor the credit class', () => {
    const form = {
      ...entityFormOf(entity),
      creditRisk: 'D' as const,
      kind: 'product' as const,
      address: '新址',
    };
    expect(changeEntityBody(entity, form)).toEqual({ address: '新址' });
  });

  it('sends the contact mobile typed, and leaves the one on record (shown masked) when left blank', () => {
    const body = registerEntityBody({ ...EMPTY_ENTITY_FORM, contactMobile: ' 13812345678 ' });
    expect(body.contactMobile).toBe('13812345678');
    const onRecord = { ...entity, contactMobile: '138****5678' };
    expect(entityFormOf(onRecord).contactMobile).toBe('');
    expect(changeEntityBody(onRecord, { ...entityFormOf(onRecord), address: '新址' })).toEqual({
      address: '新址',
    });
    expect(changeEntityBody(onRecord, { ...entityFormOf(onRecord), contactMobile: '13998765432' })).toEqual({
      contactMobile: '13998765432',
    });
  });
});

describe('the inspector form', () => {
  it('never sends the masked personal data back', () => {
    const form = inspectorFormOf(inspector);
    expect(form.idCardNumber).toBe('');
    expect(form.phone).toBe('');
    expect(changeInspectorBody(inspector, form)).toEqual({});
    expect(changeInspectorBody(inspector, { ...form, phone: '13800138000' })).toEqual({
      phone: '13800138000',
    });
  });

  it('registers with lists split and blanks left out', () => {
    const body = registerInspectorBody({ ...inspectorFormOf(inspector), idCardNumber: '11010519491231002X' });
    expect(body).toEqual({
      departmentId: 'd01',
      name: '检查员1',
      idCardNumber: '11010519491231002X',
      category: 'certified',
      regionCode: '320102',
      specialties: ['食品安全'],
      methods: [],
    });
  });

  it('sends the certificate validity (执法资格) typed, and its change', () => {
    const form = { ...inspectorFormOf(inspector), enforcementValidUntil: '2028-12-31' };
    expect(registerInspectorBody(form)).toMatchObject({ enforcementValidUntil: '2028-12-31' });
    expect(changeInspectorBody(inspector, form)).toEqual({ enforcementValidUntil: '2028-12-31' });
  });
});
