import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/i18n';
import { beijingToday } from '../registers/format';
import { deadlineCount } from './deadline';

interface Between {
  days: number;
  provisional: boolean;
  unknownYears: number[];
}

/** A deadline as its date and the working days left (or overdue), counted by the api's calendar. */
export function Deadline({ due }: { due: string }) {
  const { t } = useI18n();
  const count = deadlineCount(beijingToday(Date.now()), due);
  const between = useApi<Between>(
    count.kind === 'today' ? undefined : '/api/calendar/working-days-between',
    count.kind === 'today' ? undefined : { from: count.from, to: count.to },
  );
  let text = '';
  if (count.kind === 'today') text = t('common.dueToday');
  else if (between.data)
    text =
      count.kind === 'left'
        ? t('common.workingDaysLeft', { n: between.data.days })
        : t('common.workingDaysOverdue', { n: between.data.days });
  const badge = count.kind === 'left' ? 'badge-ok' : count.kind === 'today' ? 'badge-warn' : 'badge-bad';
  return (
    <>
      <time dateTime={due}>{due}</time> {text ? <span className={`badge ${badge}`}>{text}</span> : null}
      {between.data?.provisional ? (
        <small className="rx-muted">
          {' '}
          {t('common.provisional', { year: between.data.unknownYears.join(t('registers.sep')) })}
        </small>
      ) : null}
    </>
  );
}
