import { beijingDate } from '@app/domain/calendar/calendar-date';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { callApi } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { deadlineSpan, deadlineTone } from './deadline';

interface Counted {
  days: number;
  provisional: boolean;
  unknownYears: number[];
}

/**
 * Working days between two days, asked once for the many rows that share a deadline, and again
 * after ten minutes: an administrator may have entered a calendar year meanwhile.
 */
const counted = new Map<string, { asked: number; answer: Promise<Counted> }>();
const KEPT_MS = 10 * 60 * 1000;

function workingDaysBetween(token: string | undefined, from: string, to: string): Promise<Counted> {
  const key = `${from}|${to}`;
  const kept = counted.get(key);
  if (kept && Date.now() - kept.asked < KEPT_MS) return kept.answer;
  const answer = callApi<Counted>('GET', '/api/calendar/working-days-between', {
    token,
    query: { from, to },
  });
  answer.catch(() => counted.delete(key));
  counted.set(key, { asked: Date.now(), answer });
  return answer;
}

/**
 * A deadline as its date (unless `dated` is false) and as working days left (or overdue),
 * counted by the api's working-day calendar; marked provisional when a year on the way is not in
 * the calendar yet (or when the api said so of the deadline itself).
 */
export function DeadlineBadge({
  due,
  today,
  provisional,
  dated = true,
}: {
  due: string;
  /** Beijing's today by default. */
  today?: string;
  provisional?: boolean;
  /** Shows the date before the badge (false where the date is written next to it already). */
  dated?: boolean;
}) {
  const { t } = useI18n();
  const { session } = useSession();
  const asOf = today ?? beijingDate(Date.now());
  const span = deadlineSpan(asOf, due);
  const [count, setCount] = useState<Counted>();
  const [failed, setFailed] = useState(false);
  const from = span.kind === 'today' ? undefined : span.from;
  const to = span.kind === 'today' ? undefined : span.to;
  useEffect(() => {
    setCount(undefined);
    setFailed(false);
    if (from === undefined || to === undefined) return;
    let current = true;
    workingDaysBetween(session?.token, from, to)
      .then((answer) => current && setCount(answer))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [from, to, session?.token]);
  const days = count?.days ?? 0;
  const tone = deadlineTone(span.kind, days);
  const label =
    span.kind === 'today'
      ? t('common.dueToday')
      : count
        ? t(span.kind === 'left' ? 'common.workingDaysLeft' : 'common.workingDaysOverdue', { n: days })
        : failed
          ? t('tasks.deadlineUncounted')
          : t('common.loading');
  const years = count?.unknownYears.length ? count.unknownYears.join(t('registers.sep')) : due.slice(0, 4);
  return (
    <span className="deadline">
      {dated ? (
        <>
          <time dateTime={due}>{due}</time>{' '}
        </>
      ) : null}
      <span className={`badge badge-${tone}`}>{label}</span>
      {provisional || count?.provisional ? (
        <small className="field-hint">
          {' '}
          {/* Entered on the calendar page: the warning leads there. */}
          <Link to="/org/calendar">{t('common.provisional', { year: years })}</Link>
        </small>
      ) : null}
    </span>
  );
}
