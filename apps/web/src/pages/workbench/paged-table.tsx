import { useState } from 'react';
import { type Column, DataTable } from '../../components/table';
import { slicePage } from '../tasks/local-paging';
import { useEntities } from '../tasks/use-names';

const PAGE_SIZE = 10;

/**
 * A workbench list, ten rows a page, with the names of the entities on the page shown (read only
 * for the rows on screen).
 */
export function PagedTable<T>({
  caption,
  rows,
  rowKey,
  entityOf,
  columns,
  csvName,
}: {
  caption: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  entityOf?: (row: T) => string;
  columns: (entityName: (id: string) => string) => Column<T>[];
  csvName?: string;
}) {
  const [page, setPage] = useState(0);
  const shown = slicePage(rows, page, PAGE_SIZE);
  const entities = useEntities(entityOf ? shown.rows.map(entityOf) : []);
  return (
    <DataTable
      caption={caption}
      rows={shown.rows}
      rowKey={rowKey}
      csvName={csvName}
      columns={columns(entities.name)}
      onPreviousPage={shown.page > 0 ? () => setPage(shown.page - 1) : undefined}
      onNextPage={shown.page < shown.pages - 1 ? () => setPage(shown.page + 1) : undefined}
    />
  );
}
