import { beijingDay } from '../../components/dates';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import type { Plan } from './plan-model';
import { type PlanVersionRow, publishedVersions } from './plan-versions-model';

/** 历次发布: each published version of the plan, why it changed, and its filing with the joint office. */
export function PlanVersions({ plan, nameOf }: { plan: Plan; nameOf: (departmentId: string) => string }) {
  const { t } = useI18n();
  const rows = publishedVersions(plan);
  if (rows.length === 0) return null;
  const filing = (r: PlanVersionRow) =>
    r.filing
      ? t(r.filing.late ? 'plans.versions.filedLate' : 'plans.versions.filed', {
          office: nameOf(r.filing.jointOfficeId),
          date: r.filing.filedOn,
        })
      : t('plans.versions.notFiled');
  const reasons = (r: PlanVersionRow) =>
    r.version === 1 ? t('plans.versions.first') : r.reasons.join(t('common.listSeparator'));
  const columns: Column<PlanVersionRow>[] = [
    {
      heading: t('plans.versions.version'),
      cell: (r) => t('plans.versionN', { n: r.version }),
      csv: (r) => r.version,
    },
    {
      heading: t('plans.versions.publishedOn'),
      cell: (r) => beijingDay(r.publishedAt),
      csv: (r) => beijingDay(r.publishedAt),
    },
    { heading: t('plans.versions.reasons'), cell: reasons, csv: reasons },
    { heading: t('plans.versions.filing'), cell: filing, csv: filing },
  ];
  return (
    <section className="card" aria-labelledby="plan-versions">
      <h2 id="plan-versions">{t('plans.versions.title')}</h2>
      <DataTable
        caption={t('plans.versions.caption')}
        columns={columns}
        rows={rows}
        rowKey={(r) => String(r.version)}
      />
    </section>
  );
}
