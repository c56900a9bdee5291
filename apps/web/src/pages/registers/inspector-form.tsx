import { type FormEvent, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { ChoiceGroup } from '../../components/choice-group';
import type { InspectorForm } from './inspector-form-state';
import { OtherProblems } from './other-problems';
import type { DepartmentView } from './views';
import { INSPECTOR_CATEGORIES, INSPECTION_METHODS, isOneOf } from '../../api/vocabulary';

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
  departments?: DepartmentView[];
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
    <Field label={label} name={key} error={error} hint={hint}>
      {(props) => <input {...props} value={form[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
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
          <Field label={t('registers.department')} name="departmentId" error={error}>
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
        <Field label={t('registers.inspectors.category')} name="category" error={error}>
          {(props) => (
            <select
              {...props}
              value={form.category}
              onChange={(e) =>
                isOneOf(INSPECTOR_CATEGORIES, e.target.value) && set('category', e.target.value)
              }
            >
              {INSPECTOR_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`registers.category.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('certificateNo', t('registers.inspectors.certificateNo'))}
        {text('regionCode', t('registers.regionCode'), t('registers.regionCodeHint'))}
        {text('specialties', t('registers.inspectors.specialties'), t('registers.listHintComma'))}
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
      <div className="rx-actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        <ActionError error={error} />
      </div>
      <OtherProblems error={error} shown={Object.keys(initial)} />
    </form>
  );
}
