import type { ConsolidatedPlanEntry, PublicConsolidatedPlan } from '@app/contract';
import { beijingDate } from '@app/domain/calendar/calendar-date';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { Async, Empty } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { YearForm } from '../joint-office/year-form';
import { useDepartmentNames } from './use-department-names';

/** 全县部门联合抽查计划: each joint office's latest consolidated plan, with its versions' days. */
export function PublicConsolidatedPlansSection() {
  const { t } = useI18n();
  const departmentName = useDepartmentNames();
  const [year, setYear] = useState(() => Number(beijingDate(Date.now()).slice(0, 4)));
  const plans = useApi<PublicConsolidatedPlan[]>('/api/public/consolidated-plans', { year });
  const columns: Column<ConsolidatedPlanEntry>[] = [
    { heading: t('public.plans.name'), cell: (p) => p.name, csv: (p) => p.name },
    {
      heading: t('public.plans.lead'),
      cell: (p) => departmentName(p.leadDepartmentId),
      csv: (p) => departmentName(p.leadDepartmentId),
    },
    {
      heading: t('public.plans.cooperating'),
      cell: (p) => p.cooperatingDepartmentIds.map(departmentName).join(t('registers.sep')),
      csv: (p) => p.cooperatingDepartmentIds.map(departmentName).join(t('registers.sep')),
    },
    {
      heading: t('public.plans.window'),
      cell: (p) => t('public.tasks.windowValue', p.window),
      csv: (p) => `${p.window.from}/${p.window.to}`,
    },
  ];
  return (
    <section aria-labelledby="public-consolidated">
      <h2 id="public-consolidated">{t('public.consolidated.title')}</h2>
      <p>{t('public.consolidated.intro')}</p>
      <YearForm key={year} year={year} onYear={setYear} />
      <Async loaded={plans}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('public.consolidated.empty')}</Empty>
          ) : (
            list.map((plan) => (
              <article key={`${plan.jointOfficeId}|${plan.year}`}>
                <h3>
                  {t('public.consolidated.heading', {
                    year: plan.year,
                    office: departmentName(plan.jointOfficeId),
                    version: plan.version,
                    publishedOn: plan.publishedOn,
                  })}
                  {plan.late ? ` · ${t('public.consolidated.lateNote', { deadline: plan.deadline })}` : ''}
                </h3>
                <p>
                  {t('public.consolidated.versions', {
                    list: plan.versions
                      .map((v) => t('public.consolidated.versionEntry', v))
                      .join(t('registers.sepLong')),
                  })}
                </p>
                <DataTable
                  caption={t('public.consolidated.caption')}
                  columns={columns}
                  rows={plan.plans}
                  rowKey={(p) => p.planId}
                  csvName={`consolidated-plan-${plan.jointOfficeId}-${plan.year}`}
                />
              </article>
            ))
          )
        }
      </Async>
    </section>
  );
}
