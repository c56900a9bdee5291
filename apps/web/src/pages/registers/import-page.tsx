import { useI18n } from '../../i18n/i18n';
import { ImportSection } from './import-section';

/** 批量导入: the entity and inspector directories from a CSV or Excel sheet, with a row-by-row report. */
export function ImportPage() {
  const { t } = useI18n();
  return (
    <div className="rx-page">
      <h1>{t('registers.import.title')}</h1>
      <p className="rx-intro">{t('registers.import.intro')}</p>
      <ImportSection register="entities" what={t('registers.import.entities')} />
      <ImportSection register="inspectors" what={t('registers.import.inspectors')} />
    </div>
  );
}
