import { changedFields, defined, optionalNumber, optionalText, splitList } from './form-values';
import type { EntityView } from './views';
import type { CreditRisk, EntityKind } from '../../api/vocabulary';

/** The entity form as typed. The contact's mobile is typed afresh: the api shows it masked. */
export interface EntityForm {
  code: string;
  name: string;
  kind: EntityKind;
  address: string;
  legalRepresentative: string;
  contactMobile: string;
  regionCode: string;
  industryCode: string;
  scale: string;
  tags: string;
  creditRisk: CreditRisk;
  abnormalList: boolean;
  seriousViolationList: boolean;
  complaintsThisYear: string;
}

export const EMPTY_ENTITY_FORM: EntityForm = {
  code: '',
  name: '',
  kind: 'enterprise',
  address: '',
  legalRepresentative: '',
  contactMobile: '',
  regionCode: '',
  industryCode: '',
  scale: '',
  tags: '',
  creditRisk: 'A',
  abnormalList: false,
  seriousViolationList: false,
  complaintsThisYear: '',
};

export function entityFormOf(entity: EntityView): EntityForm {
  return {
    code: entity.code,
    name: entity.name,
    kind: entity.kind,
    address: entity.address,
    legalRepresentative: entity.legalRepresentative ?? '',
    contactMobile: '',
    regionCode: entity.regionCode,
    industryCode: entity.industryCode,
    scale: entity.scale ?? '',
    tags: entity.tags.join('，'),
    creditRisk: entity.creditRisk,
    abnormalList: entity.abnormalList,
    seriousViolationList: entity.seriousViolationList,
    complaintsThisYear: String(entity.complaintsThisYear),
  };
}

/** `POST /api/entities`. */
export function registerEntityBody(form: EntityForm): Record<string, unknown> {
  return defined({
    code: form.code.trim(),
    name: form.name.trim(),
    kind: form.kind,
    address: form.address.trim(),
    legalRepresentative: optionalText(form.legalRepresentative),
    contactMobile: optionalText(form.contactMobile),
    regionCode: form.regionCode.trim(),
    industryCode: form.industryCode.trim(),
    scale: optionalText(form.scale),
    tags: splitList(form.tags),
    creditRisk: form.creditRisk,
    abnormalList: form.abnormalList,
    seriousViolationList: form.seriousViolationList,
    complaintsThisYear: optionalNumber(form.complaintsThisYear),
  });
}

/**
 * `PATCH /api/entities/:id`: what changed; never the code, the kind or the credit class (re-rated
 * apart). A contact's mobile left blank is left as it is (the form cannot show the one on record).
 */
export function changeEntityBody(entity: EntityView, form: EntityForm): Record<string, unknown> {
  const strip = (body: Record<string, unknown>) => {
    const { code: _code, kind: _kind, creditRisk: _risk, ...rest } = body;
    return rest;
  };
  return changedFields(strip(registerEntityBody(entityFormOf(entity))), strip(registerEntityBody(form)));
}
