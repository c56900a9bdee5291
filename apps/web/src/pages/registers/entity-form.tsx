import { type FormEvent, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import type { EntityForm } from './entity-form-state';
import { OtherProblems } from './other-problems';
import { CREDIT_RISK_CLASSES, ENTITY_KINDS, SCALES, isOneOf } from '../../api/vocabulary';

/**
 * The fields of a directory entry (检查对象). Registering takes the code, kind and credit class;
 * a change cannot touch them (the class is re-rated apart, with a reason).
 */
export function EntityFields({
  initial,
  registering,
  error,
  busy,
  submitLabel,
  onSubmit,
}: {
  initial: EntityForm;
  registering: boolean;
  error?: ApiFailure;
  busy: boolean;
  submitLabel: string;
  onSubmit: (form: EntityForm) => void;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState(initial);
  const set = <K extends keyof EntityForm>(key: K, value: EntityForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const text = (
    key: Exclude<keyof EntityForm, 'abnormalList' | 'seriousViolationList'>,
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
      {!registering ? <p className="rx-muted">{t('registers.entities.editHint')}</p> : null}
      <div className="rx-grid">
        {registering ? (
          <>
            {text('code', t('registers.entities.code'), t('registers.entities.codeHint'))}
            <Field label={t('registers.entities.kind')} name="kind" error={error}>
              {(props) => (
                <select
                  {...props}
                  value={form.kind}
                  onChange={(e) => isOneOf(ENTITY_KINDS, e.target.value) && set('kind', e.target.value)}
                >
                  {ENTITY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`registers.kind.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        ) : null}
        {text('name', t('registers.entities.name'))}
        {text('address', t('registers.entities.address'))}
        {text('legalRepresentative', t('registers.entities.legalRepresentative'))}
        {text('regionCode', t('registers.regionCode'), t('registers.regionCodeHint'))}
        {text('industryCode', t('registers.industryCode'), t('registers.industryCodeHint'))}
        <Field label={t('registers.entities.scale')} name="scale" error={error}>
          {(props) => (
            <select {...props} value={form.scale} onChange={(e) => set('scale', e.target.value)}>
              <option value="">{t('registers.entities.scaleNone')}</option>
              {SCALES.map((s) => (
                <option key={s} value={s}>
                  {t(`registers.scale.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {registering ? (
          <Field label={t('registers.entities.creditRisk')} name="creditRisk" error={error}>
            {(props) => (
              <select
                {...props}
                value={form.creditRisk}
                onChange={(e) =>
                  isOneOf(CREDIT_RISK_CLASSES, e.target.value) && set('creditRisk', e.target.value)
                }
              >
                {CREDIT_RISK_CLASSES.map((c) => (
                  <option key={c} value={c}>
                    {t(`registers.creditRisk.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {text('tags', t('registers.entities.tags'), t('registers.listHintComma'))}
        {text('complaintsThisYear', t('registers.entities.complaints'))}
        <fieldset className="choice-group rx-wide">
          <legend>{t('registers.entities.lists')}</legend>
          <span className="choices">
            <label>
              <input
                type="checkbox"
                checked={form.abnormalList}
                onChange={(e) => set('abnormalList', e.target.checked)}
              />{' '}
              {t('registers.entities.abnormalList')}
            </label>
            <label>
              <input
                type="checkbox"
                checked={form.seriousViolationList}
                onChange={(e) => set('seriousViolationList', e.target.checked)}
              />{' '}
              {t('registers.entities.seriousViolationList')}
            </label>
          </span>
        </fieldset>
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
