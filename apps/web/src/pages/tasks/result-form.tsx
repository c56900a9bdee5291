import { type FormEvent, type ReactNode, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { FormProblems } from '../../components/form-problems';
import { RULE_FIELDS, byField } from './rule-fields';
import { resultLabels } from './form-labels';
import type { ResultDraft } from './result-draft';
import {
  INSPECTION_METHODS,
  RESULT_CATEGORIES,
  type InspectionMethod,
  type ResultCategory,
} from '../../api/vocabulary';

/**
 * One department's result for one entity: the official category, a finding per check item, the
 * day inspected, and whether the entity refused to sign (then a witness). Used to enter a result
 * and to ask for a correction (`prefix` "corrected.", as the api names those fields).
 */
export function ResultForm({
  title,
  initial,
  itemName,
  prefix = '',
  error,
  busy,
  submitLabel,
  extra,
  extraFields = {},
  inspectedOnRange,
  evidence,
  onChange,
  onSubmit,
  onCancel,
}: {
  title: string;
  initial: ResultDraft;
  itemName: (id: string) => string;
  prefix?: string;
  error?: ApiFailure;
  busy: boolean;
  submitLabel: string;
  /** Fields of the request around the result (a correction's reason). */
  extra?: ReactNode;
  /** The controls `extra` shows, by the api's name, with their labels. */
  extraFields?: Readonly<Record<string, string>>;
  /** The days the api accepts as the day inspected: the window, up to today. */
  inspectedOnRange?: { min: string; max: string };
  /** The evidence capture, shown under the findings (issue 23: the evidence helper's control). */
  evidence?: ReactNode;
  /** Each change as typed (to keep the draft in this browser); the form then says it is kept. */
  onChange?: (draft: ResultDraft) => void;
  onSubmit: (draft: ResultDraft) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const fieldError = byField(error, RULE_FIELDS.result);
  const change = (patch: Partial<ResultDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    onChange?.(next);
  };
  const finding = (index: number, patch: Partial<ResultDraft['findings'][number]>) =>
    change({ findings: draft.findings.map((f, i) => (i === index ? { ...f, ...patch } : f)) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };
  // The fields shown beside their controls; FormProblems shows the api's reasons for any other.
  const fields = [
    ...Object.keys(extraFields),
    ...['category', 'method', 'inspectedOn', 'signatureRefused', 'witness', 'notes'].map(
      (f) => `${prefix}${f}`,
    ),
    ...draft.findings.flatMap((_, i) => [
      `${prefix}itemFindings.${i}.finding`,
      `${prefix}itemFindings.${i}.compliant`,
    ]),
  ];
  const labels = { ...resultLabels(t, prefix, draft.findings, itemName), ...extraFields };
  return (
    <form className="inline-form result-form" onSubmit={submit} aria-label={title}>
      <h4>{title}</h4>
      {onChange ? <p className="field-hint">{t('tasks.entryKept')}</p> : null}
      {extra}
      <div className="form-row">
        <Field label={t('tasks.category')} name={`${prefix}category`} error={fieldError} required>
          {(props) => (
            <select
              {...props}
              value={draft.category}
              onChange={(e) => change({ category: e.target.value as ResultCategory })}
            >
              <option value="">{t('tasks.chooseCategory')}</option>
              {RESULT_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`tasks.category.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('tasks.method')} name={`${prefix}method`} error={fieldError} required>
          {(props) => (
            <select
              {...props}
              value={draft.method}
              onChange={(e) => change({ method: e.target.value as InspectionMethod })}
            >
              <option value="">{t('tasks.chooseMethod')}</option>
              {INSPECTION_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`registers.method.${m}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('tasks.inspectedOn')} name={`${prefix}inspectedOn`} error={fieldError} required>
          {(props) => (
            <input
              {...props}
              type="date"
              {...inspectedOnRange}
              value={draft.inspectedOn}
              onChange={(e) => change({ inspectedOn: e.target.value })}
            />
          )}
        </Field>
      </div>
      {draft.findings.map((f, index) => (
        <fieldset key={f.itemId} className="choice-group">
          <legend>{t('tasks.findingFor', { item: itemName(f.itemId) })}</legend>
          <Field
            label={t('tasks.finding')}
            name={`${prefix}itemFindings.${index}.finding`}
            error={fieldError}
            required
          >
            {(props) => (
              <textarea
                {...props}
                rows={2}
                value={f.finding}
                onChange={(e) => finding(index, { finding: e.target.value })}
              />
            )}
          </Field>
          <Field
            label={t('tasks.compliant')}
            name={`${prefix}itemFindings.${index}.compliant`}
            error={fieldError}
          >
            {(props) => (
              <select
                {...props}
                value={f.compliant}
                onChange={(e) => finding(index, { compliant: e.target.value as '' | 'yes' | 'no' })}
              >
                <option value="">{t('tasks.compliantUnjudged')}</option>
                <option value="yes">{t('tasks.compliantYes')}</option>
                <option value="no">{t('tasks.compliantNo')}</option>
              </select>
            )}
          </Field>
        </fieldset>
      ))}
      {evidence}
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.signatureRefused}
          onChange={(e) => change({ signatureRefused: e.target.checked })}
        />{' '}
        {t('tasks.signatureRefused')}
      </label>
      <div className="grid">
        <Field
          label={t('tasks.witness')}
          name={`${prefix}witness`}
          error={fieldError}
          hint={t('tasks.witnessHint')}
        >
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="text"
              autoComplete="off"
              enterKeyHint="next"
              value={draft.witness}
              onChange={(e) => change({ witness: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('tasks.notes')} name={`${prefix}notes`} error={fieldError}>
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={draft.notes}
              onChange={(e) => change({ notes: e.target.value })}
            />
          )}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <ActionError error={error} />
        <FormProblems error={error} fields={fields} labels={labels} />
      </div>
    </form>
  );
}
