import { useI18n } from '../../i18n/i18n';
import { beijingTime } from './format';
import { listHistory } from './joint-list-history-model';
import type { JointItemListView } from './views';

/** 修订记录: every version of a 一业一单, newest first: when, which parts changed, why, its items. */
export function JointListHistory({
  list,
  itemName,
}: {
  list: JointItemListView;
  itemName: (itemId: string) => string;
}) {
  const { t } = useI18n();
  const parts = {
    industry: t('registers.joint.industry'),
    leadDepartmentId: t('registers.joint.lead'),
    itemIds: t('registers.joint.items'),
  };
  return (
    <ol className="timeline" aria-label={t('registers.joint.historyOf', { industry: list.industry })}>
      {listHistory(list).map((entry) => (
        <li key={entry.version}>
          <strong>{t('registers.joint.versionN', { version: entry.version })}</strong> ·{' '}
          {beijingTime(entry.at)}
          <br />
          {entry.version === 1
            ? t('registers.joint.drawnUpEntry')
            : t('registers.joint.amendedEntry', {
                parts: entry.changed.map((p) => parts[p]).join(t('registers.sep')) || t('common.none'),
                reason: entry.reason ?? '',
              })}
          <br />
          {entry.itemIds.map(itemName).join(t('registers.sep'))}
        </li>
      ))}
    </ol>
  );
}
