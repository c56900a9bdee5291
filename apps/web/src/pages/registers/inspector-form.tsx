import { type FormEvent, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { ChoiceGroup } from '../../components/choice-group';
import type { InspectorForm } from './inspector-form-state';
import type { Department } from '../../api/use-departments';
import { INSPECTOR_CATEGORIES, INSPECTION_METHODS } from '../../api/vocabulary';
import { FormActions, TextField, WordSelect } from './form-parts';

/**
 * The fields of an inspector (执法检查人员). Registering takes the department and the ID-card
 * number, which identify the entry and never change; the phone is typed afresh (it shows masked).
 */
export function InspectorFields({
  initial,
  departments,
  error,
  busy,
  submitLabel,
  onSubmit,
}: {
  initial: InspectorForm;
  /** The departments one may register for; none when changing an entry. */
  departments?: Department[];
  error?: ApiFailure;
  busy: boolean;
  submitLabel: string;
  onSubmit: (form: InspectorForm) => void;
}) {
  const { t } = useI18n();
  const registering = departments !== undefined;
  const [form, setForm] = useState(initial);
  const set = <K extends keyof InspectorForm>(key: K, value: InspectorForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const text = (
    key: 'name' | 'idCardNumber' | 'certificateNo' | 'regionCode' | 'specialties' | 'phone',
    label: string,
    hint?: string,
  ) => (
    <TextField
      name={key}
      label={label}
      hint={hint}
      value={form[key]}
      error={error}
      required={key === 'name' || key === 'idCardNumber' || key === 'regionCode'}
      onChange={(v) => set(key, v)}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(form);
  };
  return (
    <form onSubmit={submit} noValidate>
      {!registering ? <p className="rx-muted">{t('registers.inspectors.editHint')}</p> : null}
      <div className="rx-grid">
        {departments ? (
          <Field label={t('registers.department')} name="departmentId" error={error} required>
            {(props) => (
              <select
                {...props}
                value={form.departmentId}
                onChange={(e) => set('departmentId', e.target.value)}
              >
                {departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {text('name', t('registers.inspectors.name'))}
        {registering
          ? text('idCardNumber', t('registers.inspectors.idCardNumber'), t('registers.inspectors.idCardHint'))
          : null}
        <WordSelect
          name="category"
          required
          label={t('registers.inspectors.category')}
          words={INSPECTOR_CATEGORIES}
          wordLabel={(c) => t(`registers.category.${c}`)}
          value={form.category}
          error={error}
          onChange={(c) => set('category', c)}
        />
        {text('certificateNo', t('registers.inspectors.certificateNo'))}
        <TextField
          name="enforcementValidUntil"
          type="date"
          label={t('registers.inspectors.enforcementValidUntil')}
          hint={t('registers.inspectors.enforcementValidUntilHint')}
          value={form.enforcementValidUntil}
          error={error}
          onChange={(v) => set('enforcementValidUntil', v)}
        />
        {text('regionCode', t('registers.regionCode'), t('registers.regionCodeHint'))}
        {text(
          'specialties',
          t('registers.inspectors.specialties'),
          t('registers.inspectors.specialtiesHint'),
        )}
        {text(
          'phone',
          t('registers.inspectors.phone'),
          registering ? undefined : t('registers.inspectors.phoneEditHint'),
        )}
        <div className="rx-wide">
          <ChoiceGroup
            legend={t('registers.inspectors.methods')}
            name="methods"
            options={INSPECTION_METHODS.map((m) => ({ value: m, label: t(`registers.method.${m}`) }))}
            chosen={form.methods}
            onChange={(v) => set('methods', v)}
            error={error}
          />
        </div>
      </div>
      <FormActions
        label={submitLabel}
        busy={busy}
        error={error}
        fields={[
          ...(registering ? ['departmentId', 'idCardNumber'] : []),
          ...[
            'name',
            'category',
            'certificateNo',
            'enforcementValidUntil',
            'regionCode',
            'specialties',
            'phone',
            'methods',
          ],
        ]}
        labels={{
          departmentId: t('registers.department'),
          name: t('registers.inspectors.name'),
          idCardNumber: t('registers.inspectors.idCardNumber'),
          category: t('registers.inspectors.category'),
          certificateNo: t('registers.inspectors.certificateNo'),
          enforcementValidUntil: t('registers.inspectors.enforcementValidUntil'),
          regionCode: t('registers.regionCode'),
          specialties: t('registers.inspectors.specialties'),
          phone: t('registers.inspectors.phone'),
          methods: t('registers.inspectors.methods'),
        }}
      />
    </form>
  );
}
