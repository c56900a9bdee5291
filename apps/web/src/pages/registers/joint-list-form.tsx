import { type FormEvent, useId, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { ChoiceFieldset } from '../../components/choice-group';
import { toggled } from '../../components/toggled';
import { Field } from '../../components/field';
import { useRefusals } from '../../components/refusals/use-refusals';
import { FormActions } from './form-parts';
import { useI18n } from '../../i18n/i18n';
import type { Department } from '../../api/use-departments';
import type { CheckItemView } from './views';

export interface JointListForm {
  industry: string;
  leadDepartmentId: string;
  itemIds: string[];
  /** An amendment's reason (修订理由); none when drawing up. */
  reason?: string;
}

/** 一业一单: an industry, its lead department, and items from several departments' lists. */
export function JointListFields({
  leads,
  items,
  moreItems,
  nameOf,
  error,
  busy,
  onSubmit,
  initial,
  reasonLabel,
  submitLabel,
}: {
  /** The departments one may lead a list for. */
  leads: Department[];
  /** The items in force to choose from. */
  items: CheckItemView[];
  moreItems: boolean;
  nameOf: (departmentId: string) => string;
  error?: ApiFailure;
  busy: boolean;
  onSubmit: (form: JointListForm) => void;
  /** The list as it stands, when amending it. */
  initial?: JointListForm;
  /** Asks for a reason (an amendment) under this label. */
  reasonLabel?: string;
  submitLabel?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [form, setForm] = useState<JointListForm>(
    initial ?? { industry: '', leadDepartmentId: leads[0]?.id ?? '', itemIds: [] },
  );
  const [shownDepartment, setShownDepartment] = useState('');
  const shown = items.filter((i) => shownDepartment === '' || i.departmentId === shownDepartment);
  const itemDepartments = [...new Set(items.map((i) => i.departmentId))];
  const reason = useRefusals().reasonFor(error, 'itemIds');
  const toggle = (itemId: string, on: boolean) =>
    setForm((f) => ({ ...f, itemIds: toggled(f.itemIds, itemId, on) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      ...form,
      industry: form.industry.trim(),
      ...(reasonLabel ? { reason: (form.reason ?? '').trim() } : {}),
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <div className="rx-grid">
        <Field
          label={t('registers.joint.industry')}
          name="industry"
          required
          error={error}
          hint={t('registers.joint.industryHint')}
        >
          {(props) => (
            <input
              {...props}
              value={form.industry}
              onChange={(e) => setForm({ ...form, industry: e.target.value })}
              required
            />
          )}
        </Field>
        <Field label={t('registers.joint.lead')} name="leadDepartmentId" required error={error}>
          {(props) => (
            <select
              {...props}
              value={form.leadDepartmentId}
              onChange={(e) => setForm({ ...form, leadDepartmentId: e.target.value })}
            >
              {leads.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('registers.joint.filterItems')}>
          {(props) => (
            <select {...props} value={shownDepartment} onChange={(e) => setShownDepartment(e.target.value)}>
              <option value="">{t('registers.any')}</option>
              {itemDepartments.map((d) => (
                <option key={d} value={d}>
                  {nameOf(d)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ChoiceFieldset
        legend={t('registers.joint.chooseItems')}
        required
        id={id}
        reason={reason}
        hint={
          <>
            {t('registers.joint.chosen', { n: form.itemIds.length })}
            {moreItems ? ` ${t('registers.joint.itemsMore')}` : ''}
          </>
        }
      >
        <div className="rx-item-picker">
          {shown.map((item) => (
            <label key={item.id}>
              <input
                type="checkbox"
                checked={form.itemIds.includes(item.id)}
                onChange={(e) => toggle(item.id, e.target.checked)}
              />{' '}
              {t('registers.joint.itemOf', { name: item.name, department: nameOf(item.departmentId) })}
            </label>
          ))}
        </div>
      </ChoiceFieldset>
      {reasonLabel ? (
        <Field label={reasonLabel} name="reason" required error={error}>
          {(props) => (
            <textarea
              {...props}
              rows={2}
              cols={60}
              value={form.reason ?? ''}
              onChange={(e) => setForm({ ...form, reason: e.target.value })}
              required
            />
          )}
        </Field>
      ) : null}
      <FormActions
        label={submitLabel ?? t('registers.joint.submit')}
        busy={busy}
        error={error}
        fields={['industry', 'leadDepartmentId', 'itemIds', ...(reasonLabel ? ['reason'] : [])]}
        labels={{
          industry: t('registers.joint.industry'),
          leadDepartmentId: t('registers.joint.lead'),
          itemIds: t('registers.joint.chooseItems'),
          ...(reasonLabel ? { reason: reasonLabel } : {}),
        }}
      />
    </form>
  );
}
