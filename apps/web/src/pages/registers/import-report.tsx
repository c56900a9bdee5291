import { type Column, PagedTable } from '../../components/table';
import { useRefusals } from '../../components/refusals/use-refusals';
import { useI18n } from '../../i18n/i18n';
import type { ImportReport } from './views';

const ROWS_PER_PAGE = 100;

type RowProblem = ImportReport['errors'][number];

/** What an import did: the counts, the columns it ignored, and each refused row with the reason (CSV). */
export function ImportReportView({
  report,
  title,
  csvName,
}: {
  report: ImportReport;
  title: string;
  csvName: string;
}) {
  const { t } = useI18n();
  const { words } = useRefusals();
  const columns: Column<RowProblem>[] = [
    { heading: t('registers.import.row'), cell: (p) => p.row, csv: (p) => p.row },
    {
      heading: t('registers.import.column'),
      cell: (p) => <span className="nowrap">{p.column ?? ''}</span>,
      csv: (p) => p.column,
    },
    { heading: t('registers.import.reason'), cell: (p) => words(p), csv: (p) => words(p) },
  ];
  const figures: [string, number][] = [
    [t('registers.import.rows'), report.rows],
    [t('registers.import.created'), report.created],
    [t('registers.import.updated'), report.updated],
    [t('registers.import.unchanged'), report.unchanged],
    [t('registers.import.rejected'), report.rejected],
  ];
  return (
    <section className="card" aria-label={title}>
      <h3>{title}</h3>
      <dl className="rx-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {report.unknownColumns.length > 0 ? (
        <p className="badge badge-warn">
          {t('registers.import.unknownColumns', { columns: report.unknownColumns.join(t('registers.sep')) })}
        </p>
      ) : null}
      {report.errorsTruncated ? (
        <p className="badge badge-warn">{t('registers.import.truncated', { n: report.errors.length })}</p>
      ) : null}
      {report.errors.length === 0 ? (
        <p className="badge badge-ok">{t('registers.import.allPassed')}</p>
      ) : (
        <>
          {/* Every refused row goes to the CSV, not only the page on screen. */}
          <PagedTable
            caption={t('registers.import.errorsCaption')}
            columns={columns}
            rows={report.errors}
            rowKey={(p) => `${p.row}|${p.column ?? ''}|${p.field ?? ''}|${p.reason}`}
            csvName={csvName}
            pageSize={ROWS_PER_PAGE}
          />
        </>
      )}
    </section>
  );
}
