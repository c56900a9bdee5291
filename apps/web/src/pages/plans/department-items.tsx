import type { Page } from '@app/contract';
import { useEffect } from 'react';
import { useApi } from '../../api/use-api';
import { useCursorPaging } from '../../components/paging';
import { Async } from '../../components/states';
import { useI18n } from '../../i18n/i18n';
import type { CheckItem } from './plan-model';

/** One department's active check items to choose from, a page at a time (the choice is kept across pages). */
export function DepartmentItems({
  departmentId,
  departmentName,
  chosen,
  onToggle,
  onSeen,
}: {
  departmentId: string;
  departmentName: string;
  chosen: readonly string[];
  onToggle: (itemId: string, on: boolean) => void;
  /** The items shown, so that the form knows each item's department. */
  onSeen: (items: CheckItem[]) => void;
}) {
  const { t } = useI18n();
  const paging = useCursorPaging(departmentId);
  const loaded = useApi<Page<CheckItem>>('/api/check-items', {
    departmentId,
    status: 'active',
    limit: 50,
    cursor: paging.cursor,
  });
  useEffect(() => {
    if (loaded.data) onSeen(loaded.data.items);
  }, [loaded.data, onSeen]);
  return (
    <fieldset className="choice-group">
      <legend>{t('plans.itemsOf', { department: departmentName })}</legend>
      <Async loaded={loaded}>
        {(page) => (
          <>
            {page.items.length === 0 ? <p className="state state-empty">{t('plans.noActiveItems')}</p> : null}
            <div className="choices">
              {page.items.map((item) => (
                <label key={item.id} className="choice">
                  <input
                    type="checkbox"
                    checked={chosen.includes(item.id)}
                    onChange={(e) => onToggle(item.id, e.target.checked)}
                  />{' '}
                  {item.name}{' '}
                  <span className="badge">{t('plans.itemClass', { itemClass: item.itemClass })}</span>
                </label>
              ))}
            </div>
            {page.nextCursor || paging.previous ? (
              <nav className="pager" aria-label={t('plans.itemsOf', { department: departmentName })}>
                <button type="button" onClick={paging.previous} disabled={!paging.previous}>
                  {t('common.previousPage')}
                </button>
                <button
                  type="button"
                  onClick={page.nextCursor ? () => paging.next(page.nextCursor!) : undefined}
                  disabled={!page.nextCursor}
                >
                  {t('common.nextPage')}
                </button>
              </nav>
            ) : null}
          </>
        )}
      </Async>
    </fieldset>
  );
}
