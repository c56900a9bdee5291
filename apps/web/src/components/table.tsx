import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { type CsvColumn, toCsv } from './csv';
import { useLocalPaging } from './paging';
import { Empty } from './states';

export interface Column<T> {
  heading: string;
  cell: (row: T) => ReactNode;
  /** The plain value for the CSV export; columns without one are left out of it. */
  csv?: CsvColumn<T>['value'];
}

/** A table with a caption, an empty state, and optional cursor paging and CSV export. */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  csvName,
  csvRows,
  onNextPage,
  onPreviousPage,
  actionsLast,
}: {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** File name of the CSV export (without .csv); no export without it. */
  csvName?: string;
  /** The rows the CSV holds when they are more than those shown (every page of a list held whole). */
  csvRows?: readonly T[];
  /** The last column holds the row's acts: kept in view when the table scrolls sideways. */
  actionsLast?: boolean;
  onNextPage?: () => void;
  onPreviousPage?: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="table-block">
      <div className="table-tools">
        {csvName ? (
          <CsvButton
            name={csvName}
            columns={columns.filter((c) => c.csv).map((c) => ({ heading: c.heading, value: c.csv! }))}
            rows={csvRows ?? rows}
          />
        ) : null}
      </div>
      {rows.length === 0 ? (
        <Empty />
      ) : (
        <table className={actionsLast ? 'table-actions-last' : undefined}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.heading} scope="col">
                  {c.heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.heading}>{c.cell(row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {onNextPage || onPreviousPage ? (
        <nav className="pager" aria-label={caption}>
          <button type="button" onClick={onPreviousPage} disabled={!onPreviousPage}>
            {t('common.previousPage')}
          </button>
          <button type="button" onClick={onNextPage} disabled={!onNextPage}>
            {t('common.nextPage')}
          </button>
        </nav>
      ) : null}
    </div>
  );
}

/** A list the api answers whole, shown a page at a time; the CSV export holds every row, not the page. */
export function PagedTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  csvName,
  pageSize = 20,
}: {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  csvName?: string;
  pageSize?: number;
}) {
  const paging = useLocalPaging(rows, pageSize);
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={paging.rows}
      rowKey={rowKey}
      csvName={csvName}
      csvRows={rows}
      onNextPage={paging.onNextPage}
      onPreviousPage={paging.onPreviousPage}
    />
  );
}

export function CsvButton<T>({
  name,
  columns,
  rows,
}: {
  name: string;
  columns: CsvColumn<T>[];
  rows: readonly T[];
}) {
  const { t } = useI18n();
  const download = () => {
    const url = URL.createObjectURL(new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${name}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <button type="button" onClick={download} disabled={rows.length === 0}>
      {t('common.exportCsv')}
    </button>
  );
}

/** Previous / next for a list held in full and shown a page at a time. */
export function LocalPager({
  label,
  page,
  pages,
  onPage,
}: {
  label: string;
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
        {t('common.previousPage')}
      </button>
      <span>{t('tasks.pageOf', { page: page + 1, pages })}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages - 1}>
        {t('common.nextPage')}
      </button>
    </nav>
  );
}
