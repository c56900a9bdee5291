import type { ApiFailure } from '../../api/client';
import type { Department } from '../../api/use-departments';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';

/**
 * The lead a joint office names when its coordinator initiates (Gui'an 第36、39条): an industry
 * department, never a joint office. Choosing one starts the form afresh for that lead.
 */
export function LeadDepartmentField({
  departments,
  value,
  error,
  onChoose,
}: {
  departments: Department[];
  value: string;
  error: ApiFailure | undefined;
  onChoose: (departmentId: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Field label={t('tasks.leadDepartment')} name="leadDepartmentId" error={error} required>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChoose(e.target.value)}>
          <option value="">{t('tasks.chooseLead')}</option>
          {departments
            .filter((d) => (d.kind ?? 'department') === 'department')
            .map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
        </select>
      )}
    </Field>
  );
}

/** Why a task goes beyond its plan's ratios, count or criteria; a head of the lead approves (ADR 38, 41). */
export function BeyondPlanReasonField({
  value,
  error,
  onChange,
}: {
  value: string;
  error: ApiFailure | undefined;
  onChange: (reason: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Field
      label={t('tasks.beyondPlanReason')}
      name="beyondPlanReason"
      error={error}
      hint={t('tasks.beyondPlanReasonHint')}
    >
      {(props) => (
        <textarea
          {...props}
          rows={2}
          maxLength={1000}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
