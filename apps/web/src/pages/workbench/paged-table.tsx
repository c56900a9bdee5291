import { type Column, DataTable } from '../../components/table';
import { useLocalPaging } from '../../components/paging';
import { useEntities } from '../tasks/use-names';

const PAGE_SIZE = 10;

/**
 * A workbench list, ten rows a page, with the names of the entities on the page shown (read only
 * for the rows on screen).
 */
export function WorkbenchTable<T>({
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
  const shown = useLocalPaging(rows, PAGE_SIZE);
  const entities = useEntities(entityOf ? shown.rows.map(entityOf).filter((id) => id !== '') : []);
  return (
    <DataTable
      caption={caption}
      rows={shown.rows}
      rowKey={rowKey}
      csvName={csvName}
      columns={columns(entities.name)}
      onPreviousPage={shown.onPreviousPage}
      onNextPage={shown.onNextPage}
    />
  );
}
