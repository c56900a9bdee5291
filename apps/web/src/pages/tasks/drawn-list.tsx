import { Link } from 'react-router';
import { callApi } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { type EntityChecks, type EntityHint, type EntityVisits, hintOf, hintsFromDraw } from './draw-hints';
import { mapLimit } from './load';
import { LocalPager } from '../../components/table';
import { useLocalPaging } from '../../components/paging';
import type { EntityDrawAnswer } from './task-types';
import { useEntities } from './use-names';
import { useLoad } from './use-load';

const PAGE_SIZE = 20;

/**
 * The drawn list in its drawn order, a page at a time, with what the officials should know of
 * each entity: other checks this year and other tasks visiting it in the same window.
 */
export function DrawnList({ justDrawn }: { justDrawn?: EntityDrawAnswer }) {
  const { t } = useI18n();
  const { task, selectEntity } = useTaskDetail();
  const all = task.entityIds ?? [];
  const shown = useLocalPaging(all, PAGE_SIZE);
  const entities = useEntities(shown.rows);
  const fromDraw = justDrawn ? hintsFromDraw(justDrawn.hints) : undefined;
  const hints = useLoad(fromDraw ? undefined : `hints:${task.id}:${shown.rows.join(',')}`, async (token) => {
    const found = await mapLimit(shown.rows, 6, async (entityId) => {
      const id = encodeURIComponent(entityId);
      const [checks, visits] = await Promise.all([
        callApi<EntityChecks>('GET', `/api/entities/${id}/checks`, {
          token,
          query: { year: task.window.from.slice(0, 4) },
        }).catch(() => undefined),
        callApi<EntityVisits>('GET', '/api/visits', { token, query: { entityId } }).catch(() => undefined),
      ]);
      return [entityId, hintOf(task.id, task.window, checks, visits)] as const;
    });
    return new Map<string, EntityHint>(found);
  });

  const hintText = (entityId: string): string[] => {
    const drawHint = fromDraw?.get(entityId);
    if (fromDraw) {
      return [
        drawHint?.checks ? t('tasks.checkedBefore', { n: drawHint.checks }) : '',
        drawHint?.overlapping.length ? t('tasks.overlapsWith', { n: drawHint.overlapping.length }) : '',
      ].filter(Boolean);
    }
    const hint = hints.data?.get(entityId);
    if (!hint) return [];
    return [
      hint.checkedBy.length
        ? t('tasks.checkedByOthers', { n: hint.checkedBy.length, cap: hint.cap ?? '—' })
        : '',
      hint.overlapping.length ? t('tasks.overlapsWith', { n: hint.overlapping.length }) : '',
    ].filter(Boolean);
  };
  // The other tasks behind the hints, to open.
  const related = (entityId: string) => {
    const hint = hints.data?.get(entityId);
    return [
      ...new Set([
        ...(fromDraw?.get(entityId)?.overlapping ?? []),
        ...(hint?.checkedBy ?? []),
        ...(hint?.overlapping ?? []),
      ]),
    ];
  };

  return (
    <>
      <h3 id="drawn-list-title">{t('tasks.drawnListTitle', { n: all.length })}</h3>
      <div className="table-block">
        <table aria-labelledby="drawn-list-title">
          <caption>{t('tasks.drawnListCaption', { page: shown.page + 1, pages: shown.pages })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tasks.order')}</th>
              <th scope="col">{t('tasks.entity')}</th>
              <th scope="col">{t('tasks.creditRisk')}</th>
              <th scope="col">{t('tasks.region')}</th>
              <th scope="col">{t('tasks.hints')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((entityId, index) => {
              const entity = entities.byId.get(entityId);
              const notes = hintText(entityId);
              const withdrawn = task.withdrawnEntityIds.includes(entityId);
              return (
                <tr key={entityId}>
                  <td>{shown.page * PAGE_SIZE + index + 1}</td>
                  <td>
                    {entity?.name ?? (entities.loaded.loading ? t('common.loading') : entityId)}
                    <br />
                    <span className="mono">{entityId}</span>
                    {withdrawn ? <span className="badge badge-bad"> {t('tasks.withdrawn')}</span> : null}
                  </td>
                  <td>{entity?.creditRisk ?? ''}</td>
                  <td>{entity?.regionCode ?? ''}</td>
                  <td>
                    {notes.length ? (
                      <ul className="hint-list">
                        {notes.map((note) => (
                          <li key={note}>
                            <span className="badge badge-warn">{note}</span>
                          </li>
                        ))}
                        {related(entityId).map((taskId) => (
                          <li key={taskId}>
                            <Link to={`/tasks/${taskId}`}>
                              {t('tasks.otherTask', { id: taskId.slice(-8) })}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    ) : hints.loading ? (
                      t('common.loading')
                    ) : (
                      t('common.none')
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => selectEntity(entityId)}
                      aria-label={t('tasks.openEntityNamed', { name: entity?.name ?? entityId })}
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
        label={t('tasks.drawnListTitle', { n: all.length })}
        page={shown.page}
        pages={shown.pages}
        onPage={shown.setPage}
      />
    </>
  );
}
