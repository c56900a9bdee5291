import { changedFields, defined, optionalText, splitList } from './form-values';
import type { InspectorView } from './views';
import type { InspectorCategory, InspectionMethod } from '../../api/vocabulary';

/** The inspector form as typed. The ID-card number and phone are typed afresh: the api shows them masked. */
export interface InspectorForm {
  departmentId: string;
  name: string;
  idCardNumber: string;
  category: InspectorCategory;
  certificateNo: string;
  /** 执法资格: the certificate's last valid day (YYYY-MM-DD), or blank. */
  enforcementValidUntil: string;
  regionCode: string;
  specialties: string;
  methods: InspectionMethod[];
  phone: string;
}

export function emptyInspectorForm(departmentId: string): InspectorForm {
  return {
    departmentId,
    name: '',
    idCardNumber: '',
    category: 'certified',
    certificateNo: '',
    enforcementValidUntil: '',
    regionCode: '',
    specialties: '',
    methods: [],
    phone: '',
  };
}

export function inspectorFormOf(inspector: InspectorView): InspectorForm {
  return {
    departmentId: inspector.departmentId,
    name: inspector.name,
    idCardNumber: '',
    category: inspector.category,
    certificateNo: inspector.certificateNo ?? '',
    enforcementValidUntil: inspector.enforcementValidUntil ?? '',
    regionCode: inspector.regionCode,
    specialties: inspector.specialties.join('，'),
    methods: inspector.methods,
    phone: '',
  };
}

/** `POST /api/inspectors`. */
export function registerInspectorBody(form: InspectorForm): Record<string, unknown> {
  return defined({
    departmentId: form.departmentId,
    name: form.name.trim(),
    idCardNumber: form.idCardNumber.trim(),
    category: form.category,
    certificateNo: optionalText(form.certificateNo),
    enforcementValidUntil: optionalText(form.enforcementValidUntil),
    regionCode: form.regionCode.trim(),
    specialties: splitList(form.specialties),
    methods: form.methods,
    phone: optionalText(form.phone),
  });
}

/**
 * `PATCH /api/inspectors/:id`: what changed; never the department or the ID-card number. A phone
 * left blank is left as it is (the form cannot show the one on record).
 */
export function changeInspectorBody(inspector: InspectorView, form: InspectorForm): Record<string, unknown> {
  const strip = (body: Record<string, unknown>) => {
    const { departmentId: _d, idCardNumber: _i, ...rest } = body;
    return rest;
  };
  return changedFields(
    strip(registerInspectorBody(inspectorFormOf(inspector))),
    strip(registerInspectorBody(form)),
  );
}
