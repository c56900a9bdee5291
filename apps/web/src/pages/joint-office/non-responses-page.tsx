import type { NonResponseNotice, OverdueResponse } from '@app/contract';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { Field } from '../../components/field';
import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import '../registers/registers.css';
import { noticeRows, yearToDate } from './joint-office-model';
import { useOffice } from './use-office';

type Period = { from: string; to: string };

/** 未响应通报 (Gui'an 第四十条): the participants that did not answer joint tasks in a period. */
export function NonResponsesPage() {
  const { t } = useI18n();
  const office = useOffice();
  const { nameOf } = office;
  const [chosen, setChosen] = useState<Period>();
  const period = chosen ?? yearToDate(office.today);
  const notice = useApi<NonResponseNotice>('/api/joint-office/non-responses', period);
  const columns: Column<OverdueResponse>[] = [
    {
      heading: t('jointOffice.notice.department'),
      cell: (r) => nameOf(r.departmentId),
      csv: (r) => nameOf(r.departmentId),
    },
    {
      heading: t('jointOffice.notice.task'),
      cell: (r) => <Link to={`/tasks/${r.taskId}`}>{r.taskName ?? r.taskId}</Link>,
      csv: (r) => r.taskName ?? r.taskId,
    },
    {
      heading: t('jointOffice.notice.lead'),
      cell: (r) => nameOf(r.leadDepartmentId),
      csv: (r) => nameOf(r.leadDepartmentId),
    },
    { heading: t('jointOffice.notice.due'), cell: (r) => r.dueDate, csv: (r) => r.dueDate },
    {
      heading: t('jointOffice.notice.state'),
      cell: (r) => t(`jointOffice.notice.state.${r.state}`),
      csv: (r) => r.state,
    },
    {
      heading: t('jointOffice.notice.overdue'),
      cell: (r) => r.workingDaysOverdue,
      csv: (r) => r.workingDaysOverdue,
    },
  ];
  return (
    <div className="rx-page">
      <h1>{t('jointOffice.notice.title')}</h1>
      <p className="rx-intro">{t('jointOffice.notice.intro')}</p>
      <PeriodForm key={`${period.from}/${period.to}`} period={period} onPeriod={setChosen} />
      <Async loaded={notice}>
        {(answer) => (
          <DataTable
            caption={t('jointOffice.notice.caption', { from: answer.from, to: answer.to, asOf: answer.asOf })}
            columns={columns}
            rows={noticeRows(answer)}
            rowKey={(r) => `${r.taskId}|${r.departmentId}`}
            csvName={`non-response-notice-${answer.from}-${answer.to}`}
          />
        )}
      </Async>
    </div>
  );
}

function PeriodForm({ period, onPeriod }: { period: Period; onPeriod: (period: Period) => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState(period);
  return (
    <form
      className="rx-filters"
      onSubmit={(event) => {
        event.preventDefault();
        if (typed.from && typed.to) onPeriod(typed);
      }}
    >
      <Field label={t('jointOffice.notice.from')}>
        {(props) => (
          <input
            {...props}
            type="date"
            value={typed.from}
            onChange={(event) => setTyped({ ...typed, from: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('jointOffice.notice.to')}>
        {(props) => (
          <input
            {...props}
            type="date"
            value={typed.to}
            onChange={(event) => setTyped({ ...typed, to: event.target.value })}
          />
        )}
      </Field>
      <button type="submit">{t('jointOffice.show')}</button>
    </form>
  );
}
