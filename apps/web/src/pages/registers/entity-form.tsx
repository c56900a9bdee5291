import { type FormEvent, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import type { EntityForm } from './entity-form-state';
import { CREDIT_RISK_CLASSES, ENTITY_KINDS, SCALES } from '../../api/vocabulary';
import { FormActions, TextField, WordSelect } from './form-parts';

/**
 * The fields of a directory entry (检查对象). Registering takes the code, kind and credit class;
 * a change cannot touch them (the class is re-rated apart, with a reason).
 */
/** What POST /api/entities cannot do without (the rest may be left blank). */
const REQUIRED = new Set(['code', 'name', 'address', 'regionCode', 'industryCode']);

export function EntityFields({
  initial,
  registering,
  current,
  error,
  busy,
  submitLabel,
  onSubmit,
}: {
  initial: EntityForm;
  registering: boolean;
  /** The contact's mobile on record, masked (a change). */
  current?: string;
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
    <TextField
      name={key}
      label={label}
      hint={hint}
      value={form[key]}
      error={error}
      required={REQUIRED.has(key)}
      onChange={(v) => set(key, v)}
    />
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
            <WordSelect
              name="kind"
              label={t('registers.entities.kind')}
              words={ENTITY_KINDS}
              wordLabel={(k) => t(`registers.kind.${k}`)}
              value={form.kind}
              error={error}
              required
              onChange={(k) => set('kind', k)}
            />
          </>
        ) : null}
        {text('name', t('registers.entities.name'))}
        {text('address', t('registers.entities.address'))}
        {text('legalRepresentative', t('registers.entities.legalRepresentative'))}
        {text(
          'contactMobile',
          t('registers.entities.contactMobile'),
          registering
            ? t('registers.entities.contactMobileHint')
            : t('registers.entities.contactMobileEditHint', { current: current ?? '—' }),
        )}
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
          <WordSelect
            name="creditRisk"
            label={t('registers.entities.creditRisk')}
            words={CREDIT_RISK_CLASSES}
            wordLabel={(c) => t(`registers.creditRisk.${c}`)}
            value={form.creditRisk}
            error={error}
            required
            onChange={(c) => set('creditRisk', c)}
          />
        ) : null}
        {text('tags', t('registers.entities.tags'), t('registers.entities.tagsHint'))}
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
      <FormActions
        label={submitLabel}
        busy={busy}
        error={error}
        fields={[
          ...(registering ? ['code', 'kind', 'creditRisk'] : []),
          ...['name', 'address', 'legalRepresentative', 'contactMobile', 'regionCode', 'industryCode'],
          ...['scale', 'tags'],
          'complaintsThisYear',
        ]}
        labels={{
          code: t('registers.entities.code'),
          kind: t('registers.entities.kind'),
          creditRisk: t('registers.entities.creditRisk'),
          name: t('registers.entities.name'),
          address: t('registers.entities.address'),
          legalRepresentative: t('registers.entities.legalRepresentative'),
          contactMobile: t('registers.entities.contactMobile'),
          regionCode: t('registers.regionCode'),
          industryCode: t('registers.industryCode'),
          scale: t('registers.entities.scale'),
          tags: t('registers.entities.tags'),
          complaintsThisYear: t('registers.entities.complaints'),
          abnormalList: t('registers.entities.abnormalList'),
          seriousViolationList: t('registers.entities.seriousViolationList'),
        }}
      />
    </form>
  );
}
