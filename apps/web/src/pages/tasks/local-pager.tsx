import { useI18n } from '../../i18n/i18n';

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
