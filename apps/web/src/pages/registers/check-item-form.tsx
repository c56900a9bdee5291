import { type FormEvent, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { ChoiceGroup } from '../../components/choice-group';
import type { CheckItemForm } from './check-item-form-state';
import type { Department } from '../../api/use-departments';
import { ENTITY_KINDS, ITEM_CLASSES, INSPECTION_METHODS } from '../../api/vocabulary';
import { FormActions, WordSelect } from './form-parts';

/** The fields of a check item (抽查事项); the department only when adding one. */
export function CheckItemFields({
  initial,
  departments,
  error,
  busy,
  submitLabel,
  onSubmit,
}: {
  initial: CheckItemForm;
  /** The departments one may add for; none when changing an item (its department stays). */
  departments?: Department[];
  error?: ApiFailure;
  busy: boolean;
  submitLabel: string;
  onSubmit: (form: CheckItemForm) => void;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState(initial);
  const set = <K extends keyof CheckItemForm>(key: K, value: CheckItemForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(form);
  };
  return (
    <form onSubmit={submit} noValidate>
      <div className="rx-grid">
        {departments ? (
          <Field label={t('registers.department')} name="departmentId" required error={error}>
            {(props) => (
              <select
                {...props}
                value={form.departmentId}
                onChange={(e) => set('departmentId', e.target.value)}
                required
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
        <Field label={t('registers.items.name')} name="name" required error={error}>
          {(props) => (
            <input {...props} value={form.name} onChange={(e) => set('name', e.target.value)} required />
          )}
        </Field>
        <WordSelect
          name="itemClass"
          required
          label={t('registers.items.itemClass')}
          words={ITEM_CLASSES}
          wordLabel={(c) => t(`registers.itemClass.${c}`)}
          value={form.itemClass}
          error={error}
          onChange={(c) => set('itemClass', c)}
        />
        <Field
          label={t('registers.items.ratio')}
          name="ratio"
          error={error}
          hint={t('registers.items.ratioHint')}
        >
          {(props) => (
            <input
              {...props}
              inputMode="decimal"
              value={form.ratio}
              onChange={(e) => set('ratio', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('registers.items.frequency')} name="frequencyPerYear" error={error}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={form.frequencyPerYear}
              onChange={(e) => set('frequencyPerYear', e.target.value)}
            />
          )}
        </Field>
        <div className="rx-wide">
          <Field label={t('registers.items.basis')} name="basis" required error={error}>
            {(props) => (
              <textarea
                {...props}
                rows={2}
                value={form.basis}
                onChange={(e) => set('basis', e.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="rx-wide">
          <Field label={t('registers.items.content')} name="content" required error={error}>
            {(props) => (
              <textarea
                {...props}
                rows={2}
                value={form.content}
                onChange={(e) => set('content', e.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="rx-wide">
          <ChoiceGroup
            legend={t('registers.items.targetKinds')}
            name="targetKinds"
            required
            options={ENTITY_KINDS.map((k) => ({ value: k, label: t(`registers.kind.${k}`) }))}
            chosen={form.targetKinds}
            onChange={(v) => set('targetKinds', v)}
            error={error}
          />
        </div>
        <div className="rx-wide">
          <ChoiceGroup
            legend={t('registers.items.methods')}
            name="methods"
            required
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
          ...(departments ? ['departmentId'] : []),
          ...['name', 'itemClass', 'ratio', 'frequencyPerYear', 'basis', 'content', 'targetKinds', 'methods'],
        ]}
        labels={{
          departmentId: t('registers.department'),
          name: t('registers.items.name'),
          itemClass: t('registers.items.itemClass'),
          ratio: t('registers.items.ratio'),
          frequencyPerYear: t('registers.items.frequency'),
          basis: t('registers.items.basis'),
          content: t('registers.items.content'),
          targetKinds: t('registers.items.targetKinds'),
          methods: t('registers.items.methods'),
        }}
      />
    </form>
  );
}
