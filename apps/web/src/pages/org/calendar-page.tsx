import { beijingYear } from '@app/domain/calendar/calendar-date';
import { type FormEvent, useState } from 'react';
import { useApi, useCommand } from '../../api/use-api';
import { Field } from '../../components/field';
import { Async } from '../../components/states';
import { PagedTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { hasAnyRole } from '../../session/token';
import { Done } from '../registers/action-panel';
import { FormActions, TextField } from '../registers/form-parts';
import { noticeDays } from './notice-days';
import { type KnownYear, missingYears } from './setup-steps';
import '../registers/registers.css';

/** 工作日历: the years whose holidays are known, and entering a year from the State Council's notice (admin). */
export function CalendarPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const known = useApi<{ years: KnownYear[] }>('/api/calendar/years');
  const command = useCommand<{ year: number; holidays: number; workdays: number }>();
  const missing = known.data ? missingYears(known.data.years, beijingYear(new Date())) : [];
  const [year, setYear] = useState<string>();
  const [notice, setNotice] = useState('');
  const [holidayText, setHolidayText] = useState('');
  const [workdayText, setWorkdayText] = useState('');
  const [done, setDone] = useState<string>();
  const holidays = noticeDays(holidayText);
  const workdays = noticeDays(workdayText);
  const unreadable = [...holidays.unreadable, ...workdays.unreadable];
  const shownYear = year ?? String(missing[0] ?? beijingYear(new Date()) + 1);

  const enter = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    const answer = await command.run('PUT', `/api/calendar/years/${encodeURIComponent(shownYear.trim())}`, {
      holidays: holidays.days,
      workdays: workdays.days,
      notice: notice.trim(),
    });
    if (answer) {
      setDone(t('org.calendar.saved', answer));
      setHolidayText('');
      setWorkdayText('');
      setNotice('');
      setYear(undefined);
      known.reload();
    }
  };

  return (
    <div className="rx-page">
      <h1>{t('org.calendar.title')}</h1>
      <p className="rx-intro">{t('org.calendar.intro')}</p>
      {missing.length > 0 ? (
        <p className="state state-error" role="status">
          {t('org.calendar.missing', { years: missing.join(t('common.listSeparator')) })}
        </p>
      ) : null}
      <Done message={done} />
      <Async loaded={known} keep>
        {(data) => (
          <PagedTable
            caption={t('org.calendar.knownCaption')}
            rows={[...data.years].sort((a, b) => b.year - a.year)}
            rowKey={(y) => String(y.year)}
            pageSize={10}
            columns={[
              { heading: t('org.calendar.year'), cell: (y) => y.year, csv: (y) => y.year },
              {
                heading: t('org.calendar.source'),
                cell: (y) =>
                  y.source === 'operator'
                    ? t('org.calendar.source.operator')
                    : t('org.calendar.source.dataset'),
              },
              { heading: t('org.calendar.holidays'), cell: (y) => y.holidays, csv: (y) => y.holidays },
              { heading: t('org.calendar.workdays'), cell: (y) => y.workdays, csv: (y) => y.workdays },
            ]}
            csvName="calendar-years"
          />
        )}
      </Async>
      {hasAnyRole(session, ['admin']) ? (
        <section className="card" aria-labelledby="calendar-enter">
          <h2 id="calendar-enter">{t('org.calendar.enter')}</h2>
          <p className="field-hint">{t('org.calendar.replaces')}</p>
          <form onSubmit={(e) => void enter(e)} noValidate>
            <div className="rx-grid">
              <TextField
                name="year"
                label={t('org.calendar.year')}
                value={shownYear}
                error={command.error}
                required
                onChange={setYear}
              />
              <TextField
                name="notice"
                label={t('org.calendar.notice')}
                hint={t('org.calendar.noticeHint')}
                value={notice}
                error={command.error}
                required
                onChange={setNotice}
              />
              <Field
                label={t('org.calendar.holidayDays')}
                name="holidays"
                error={command.error}
                hint={t('org.calendar.holidayDaysHint')}
                required
              >
                {(props) => (
                  <textarea
                    {...props}
                    rows={8}
                    value={holidayText}
                    onChange={(e) => setHolidayText(e.target.value)}
                  />
                )}
              </Field>
              <Field
                label={t('org.calendar.workdayDays')}
                name="workdays"
                error={command.error}
                hint={t('org.calendar.workdayDaysHint')}
              >
                {(props) => (
                  <textarea
                    {...props}
                    rows={8}
                    value={workdayText}
                    onChange={(e) => setWorkdayText(e.target.value)}
                  />
                )}
              </Field>
            </div>
            <p role="status">
              {t('org.calendar.preview', { holidays: holidays.days.length, workdays: workdays.days.length })}
              {unreadable.length > 0 ? (
                <span className="field-error">
                  {' '}
                  {t('org.calendar.unreadable', { lines: unreadable.join(t('common.listSeparator')) })}
                </span>
              ) : null}
            </p>
            <FormActions
              label={t('org.calendar.submit')}
              busy={command.busy || unreadable.length > 0}
              error={command.error}
              fields={['year', 'notice', 'holidays', 'workdays']}
              labels={{
                year: t('org.calendar.year'),
                notice: t('org.calendar.notice'),
                holidays: t('org.calendar.holidayDays'),
                workdays: t('org.calendar.workdayDays'),
              }}
            />
          </form>
        </section>
      ) : (
        <p className="field-hint">{t('org.calendar.adminOnly')}</p>
      )}
    </div>
  );
}
