import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/i18n';
import { beijingToday } from './dates';

interface Between {
  days: number;
  provisional: boolean;
  unknownYears: number[];
}

/**
 * A deadline as working days left (or overdue) from today, counted by the api's working-day
 * calendar (weekends, holidays and make-up working days).
 */
export function DeadlineDays({ due, today = beijingToday() }: { due: string; today?: string }) {
  const { t } = useI18n();
  const late = due < today;
  const between = useApi<Between>('/api/calendar/working-days-between', {
    from: late ? due : today,
    to: late ? today : due,
  });
  if (!between.data) return null;
  const { days, provisional, unknownYears } = between.data;
  const text = late
    ? t('common.workingDaysOverdue', { n: days })
    : days === 0
      ? t('common.dueToday')
      : t('common.workingDaysLeft', { n: days });
  return (
    <span className={`badge ${late ? 'badge-bad' : days <= 2 ? 'badge-warn' : 'badge-ok'}`}>
      {text}
      {provisional ? ` ${t('common.provisional', { year: unknownYears.join('、') })}` : ''}
    </span>
  );
}
