import { actingDepartments, listedEntities, resultKey } from '@app/domain';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { LocalPager } from '../../components/table';
import { useLocalPaging } from '../../components/paging';
import { ResultStatusBadge } from './status-badge';
import { resultStatus } from './task-view';
import { useEntities } from './use-names';

const PAGE_SIZE = 20;

/** After lock: where each department's result for each entity stands (entered, published). */
export function ResultsSection() {
  const { t } = useI18n();
  const { task, departmentName, selectEntity, selectedEntityId } = useTaskDetail();
  const listed = listedEntities(task);
  const departments = actingDepartments(task);
  const owed = listed.length * departments.length;
  const entered = listed
    .flatMap((e) => departments.map((d) => resultKey(e, d)))
    .filter((k) => task.entered[k]).length;
  const published = listed
    .flatMap((e) => departments.map((d) => resultKey(e, d)))
    .filter((k) => task.published[k]).length;
  const shown = useLocalPaging(listed, PAGE_SIZE);
  const entities = useEntities(shown.rows);
  return (
    <section id="results" className="card" aria-labelledby="results-title">
      <h2 id="results-title">{t('tasks.resultsTitle')}</h2>
      <ul className="counts">
        <li>{t('tasks.resultsOwed', { n: owed })}</li>
        <li>{t('tasks.resultsEntered', { n: entered })}</li>
        <li>{t('tasks.resultsPublished', { n: published })}</li>
      </ul>
      <div className="table-block">
        <table>
          <caption>{t('tasks.resultsCaption', { page: shown.page + 1, pages: shown.pages })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tasks.entity')}</th>
              {departments.map((d) => (
                <th key={d} scope="col">
                  {departmentName(d)}
                </th>
              ))}
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((entityId) => {
              const name = entities.byId.get(entityId)?.name ?? entityId;
              return (
                <tr key={entityId} className={entityId === selectedEntityId ? 'selected' : undefined}>
                  <td>{name}</td>
                  {departments.map((d) => (
                    <td key={d}>
                      <ResultStatusBadge
                        status={resultStatus(task, entityId, d)}
                        entries={task.entered[resultKey(entityId, d)]?.entries}
                      />
                    </td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => selectEntity(entityId)}
                      aria-label={t('tasks.openEntityNamed', { name })}
                    >
                      {t('tasks.openEntity')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <LocalPager
        label={t('tasks.resultsTitle')}
        page={shown.page}
        pages={shown.pages}
        onPage={shown.setPage}
      />
    </section>
  );
}
