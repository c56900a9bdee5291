import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { percent } from '../registers/format';
import { usePagedList } from '../registers/use-paged-list';
import { type PublicPlan, ratiosInOrder } from './disclosures';
import { PublicPlanVersions } from './public-plan-versions';
import { useDepartmentNames } from './use-department-names';
import { useItemNames } from './use-item-names';
import { kindKey } from './words';

/** 年度抽查工作计划: the published (and closed) plans, as last published. */
export function PublicPlansSection() {
  const { t } = useI18n();
  const itemName = useItemNames();
  const departmentName = useDepartmentNames();
  const plans = usePagedList<PublicPlan>('/api/public/plans', {}, 20);
  const status = (s: string) =>
    s === 'published'
      ? t('public.plans.status.published')
      : s === 'closed'
        ? t('public.plans.status.closed')
        : s;
  const kinds = (p: PublicPlan) =>
    (p.targetCriteria.kinds ?? [])
      .map((k) => {
        const key = kindKey(k);
        return key ? t(key) : k;
      })
      .join(t('registers.sep'));
  const ratios = (p: PublicPlan) =>
    ratiosInOrder(p.ratiosByCreditRisk)
      .map(([risk, ratio]) => t('public.plans.ratio', { risk, ratio: percent(ratio) }))
      .join(t('registers.sepLong'));
  const columns: Column<PublicPlan>[] = [
    { heading: t('public.plans.year'), cell: (p) => p.year, csv: (p) => p.year },
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
      heading: t('public.plans.items'),
      cell: (p) => (
        <ul className="rx-plain">
          {p.itemIds.map((id) => (
            <li key={id}>{itemName(id)}</li>
          ))}
        </ul>
      ),
      csv: (p) => p.itemIds.map(itemName).join(t('registers.sep')),
    },
    { heading: t('public.plans.targets'), cell: kinds, csv: kinds },
    { heading: t('public.plans.ratios'), cell: ratios, csv: ratios },
    {
      heading: t('public.plans.window'),
      cell: (p) => t('public.tasks.windowValue', { from: p.window.from, to: p.window.to }),
      csv: (p) => `${p.window.from}/${p.window.to}`,
    },
    {
      heading: t('public.plans.version'),
      cell: (p) => (
        <>
          {t('public.plans.versionValue', { version: p.version })}
          <ul className="rx-plain">
            {p.adjustments.map((a, index) => (
              <li key={index}>{t('public.plans.adjustedEntry', { date: a.adjustedOn, reason: a.reason })}</li>
            ))}
          </ul>
          {p.version > 1 ? <PublicPlanVersions planId={p.id} /> : null}
        </>
      ),
      csv: (p) => p.version,
    },
    { heading: t('public.plans.status'), cell: (p) => status(p.status), csv: (p) => status(p.status) },
    {
      heading: t('public.plans.publishedAt'),
      cell: (p) => p.publishedOn,
      csv: (p) => p.publishedOn,
    },
  ];
  return (
    <section aria-labelledby="public-plans">
      <h2 id="public-plans">{t('public.plans.title')}</h2>
      <Async loaded={plans} keep>
        {() => (
          <DataTable
            caption={t('public.plans.caption')}
            columns={columns}
            rows={plans.rows}
            rowKey={(p) => p.id}
            csvName="public-plans"
            onNextPage={plans.onNextPage}
            onPreviousPage={plans.onPreviousPage}
          />
        )}
      </Async>
    </section>
  );
}
