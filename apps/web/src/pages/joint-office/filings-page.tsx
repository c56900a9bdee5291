import type { LatePlanFiling, LatePlanFilings, Page } from '@app/contract';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import '../registers/registers.css';
import { type FilingRow, type FiledPlan, filingsWith } from './joint-office-model';
import { useOffice } from './use-office';
import { YearForm } from './year-form';

/** 计划备案: the plans filed with the joint office this year, and those filed late or not at all. */
export function FilingsPage() {
  const { t } = useI18n();
  const office = useOffice();
  const { nameOf } = office;
  // The year's plans, up to the list's largest page: each holds its filings.
  const plans = useApi<Page<FiledPlan>>('/api/plans', { year: office.year, limit: 100 });
  const late = useApi<LatePlanFilings>('/api/joint-office/late-filings', { year: office.year });
  const planLink = (planId: string, name: string) => <Link to={`/plans/${planId}`}>{name}</Link>;

  const filed: Column<FilingRow>[] = [
    { heading: t('jointOffice.filings.plan'), cell: (r) => planLink(r.planId, r.name), csv: (r) => r.name },
    {
      heading: t('jointOffice.filings.lead'),
      cell: (r) => nameOf(r.leadDepartmentId),
      csv: (r) => nameOf(r.leadDepartmentId),
    },
    {
      heading: t('jointOffice.filings.version'),
      cell: (r) => t('jointOffice.filings.versionValue', { version: r.version }),
      csv: (r) => r.version,
    },
    { heading: t('jointOffice.filings.filedOn'), cell: (r) => r.filedOn, csv: (r) => r.filedOn },
    {
      heading: t('jointOffice.filings.onTime'),
      cell: (r) => t(r.late ? 'jointOffice.filings.late' : 'jointOffice.filings.inTime'),
      csv: (r) => (r.late ? 'late' : 'on-time'),
    },
  ];
  const lateColumns: Column<LatePlanFiling>[] = [
    { heading: t('jointOffice.filings.plan'), cell: (p) => planLink(p.planId, p.name), csv: (p) => p.name },
    {
      heading: t('jointOffice.filings.lead'),
      cell: (p) => nameOf(p.leadDepartmentId),
      csv: (p) => nameOf(p.leadDepartmentId),
    },
    { heading: t('jointOffice.late.deadline'), cell: (p) => p.deadline, csv: (p) => p.deadline },
    {
      heading: t('jointOffice.late.filedOn'),
      cell: (p) => p.filedOn ?? t('jointOffice.late.notFiled'),
      csv: (p) => p.filedOn,
    },
    { heading: t('jointOffice.late.daysLate'), cell: (p) => p.daysLate, csv: (p) => p.daysLate },
  ];

  return (
    <div className="rx-page">
      <h1>{t('jointOffice.filings.title')}</h1>
      <p className="rx-intro">{t('jointOffice.filings.intro')}</p>
      <YearForm key={office.year} year={office.year} onYear={office.setYear} />
      <Async loaded={plans}>
        {(page) => (
          <DataTable
            caption={t('jointOffice.filings.caption')}
            columns={filed}
            rows={filingsWith(page.items, office.officeId)}
            rowKey={(r) => `${r.planId}|${r.version}`}
            csvName={`plan-filings-${office.year}`}
          />
        )}
      </Async>
      <h2>{t('jointOffice.late.title')}</h2>
      <Async loaded={late}>
        {(answer) => (
          <DataTable
            caption={t('jointOffice.late.caption', {
              year: answer.year,
              deadline: answer.deadline,
              asOf: answer.asOf,
            })}
            columns={lateColumns}
            rows={answer.plans}
            rowKey={(p) => p.planId}
            csvName={`late-plan-filings-${office.year}`}
          />
        )}
      </Async>
    </div>
  );
}
