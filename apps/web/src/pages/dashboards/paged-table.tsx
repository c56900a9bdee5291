import { useState } from 'react';
import { type Column, CsvButton, DataTable } from '../../components/table';
import { pageOf } from './overdue-model';

/**
 * A list the api answers whole, shown a page at a time; the CSV export holds every row, not the
 * page.
 */
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
  csvName: string;
  pageSize?: number;
}) {
  const [page, setPage] = useState(0);
  const shown = pageOf(rows, page, pageSize);
  return (
    <>
      <div className="table-tools">
        <CsvButton
          name={csvName}
          columns={columns.filter((c) => c.csv).map((c) => ({ heading: c.heading, value: c.csv! }))}
          rows={rows}
        />
      </div>
      <DataTable
        caption={caption}
        columns={columns}
        rows={shown.rows}
        rowKey={rowKey}
        onNextPage={shown.hasNext ? () => setPage(shown.page + 1) : undefined}
        onPreviousPage={shown.hasPrevious ? () => setPage(shown.page - 1) : undefined}
      />
    </>
  );
}
