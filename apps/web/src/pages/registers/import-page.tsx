import { useDepartments } from '../../api/use-departments';
import { PagedTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { ImportSection } from './import-section';

/** 批量导入: the entity and inspector directories from a CSV or Excel sheet, with a row-by-row report. */
export function ImportPage() {
  const { t } = useI18n();
  const departments = useDepartments();
  return (
    <div className="rx-page">
      <h1>{t('registers.import.title')}</h1>
      <p className="rx-intro">{t('registers.import.intro')}</p>
      <ImportSection register="entities" what={t('registers.import.entities')} />
      <ImportSection register="inspectors" what={t('registers.import.inspectors')} />
      {/* The inspector sheet's 所属部门 takes a name or a code: both shown here. */}
      <section className="card" aria-labelledby="import-departments">
        <h2 id="import-departments">{t('org.departments.title')}</h2>
        <p className="field-hint">{t('org.departments.forImport')}</p>
        <PagedTable
          caption={t('org.departments.caption', { n: departments.departments.length })}
          rows={departments.departments}
          rowKey={(d) => d.id}
          pageSize={10}
          columns={[
            { heading: t('org.departments.name'), cell: (d) => d.name },
            { heading: t('org.departments.id'), cell: (d) => <span className="mono">{d.id}</span> },
          ]}
        />
      </section>
    </div>
  );
}
