import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { percent } from '../registers/format';
import { usePagedList } from '../registers/use-paged-list';
import type { PublicCheckItem } from './disclosures';
import { useDepartmentNames } from './use-department-names';
import { itemClassKey, kindKey, methodKey } from './words';

/** 抽查事项清单: the check items in force, as the public sees them. */
export function PublicItemsSection() {
  const { t } = useI18n();
  const items = usePagedList<PublicCheckItem>('/api/public/check-items', {}, 50);
  const departmentName = useDepartmentNames();
  const word = (key: ReturnType<typeof kindKey>, fallback: string) => (key ? t(key) : fallback);
  const kinds = (i: PublicCheckItem) =>
    i.targetKinds.map((k) => word(kindKey(k), k)).join(t('registers.sep'));
  const methods = (i: PublicCheckItem) =>
    i.methods.map((m) => word(methodKey(m), m)).join(t('registers.sep'));
  const columns: Column<PublicCheckItem>[] = [
    { heading: t('public.items.name'), cell: (i) => i.name, csv: (i) => i.name },
    {
      heading: t('public.items.department'),
      cell: (i) => departmentName(i.departmentId),
      csv: (i) => departmentName(i.departmentId),
    },
    {
      heading: t('public.items.itemClass'),
      cell: (i) => <span className="nowrap">{word(itemClassKey(i.itemClass), i.itemClass)}</span>,
      csv: (i) => word(itemClassKey(i.itemClass), i.itemClass),
    },
    { heading: t('public.items.targetKinds'), cell: kinds, csv: kinds },
    { heading: t('public.items.methods'), cell: methods, csv: methods },
    { heading: t('public.items.ratio'), cell: (i) => percent(i.ratio), csv: (i) => percent(i.ratio) },
    {
      heading: t('public.items.frequency'),
      cell: (i) => i.frequencyPerYear ?? '',
      csv: (i) => i.frequencyPerYear,
    },
    {
      heading: t('public.items.basis'),
      cell: (i) => <span className="rx-text">{i.basis}</span>,
      csv: (i) => i.basis,
    },
    {
      heading: t('public.items.content'),
      cell: (i) => <span className="rx-text">{i.content}</span>,
      csv: (i) => i.content,
    },
  ];
  return (
    <section aria-labelledby="public-items">
      <h2 id="public-items">{t('public.items.title')}</h2>
      <Async loaded={items}>
        {() => (
          <DataTable
            caption={t('public.items.caption')}
            columns={columns}
            rows={items.rows}
            rowKey={(i) => i.id}
            csvName="public-check-items"
            onNextPage={items.onNextPage}
            onPreviousPage={items.onPreviousPage}
          />
        )}
      </Async>
    </section>
  );
}
