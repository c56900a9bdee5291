import { beijingYear } from '@app/domain/calendar/calendar-date';
import '../plans/plans.css';
import { useI18n } from '../../i18n/i18n';
import { EntitySearch } from './entity-search';
import { EntityYearlyChecks } from './entity-yearly-checks';
import { useQueryParams } from './use-query-params';

/** 企业年度被检次数: find an entity, then how often it was drawn each year against the yearly cap. */
export function EntityChecksPage() {
  const { t } = useI18n();
  const { values, set } = useQueryParams({ q: '', entity: '', year: String(beijingYear(new Date())) });
  return (
    <>
      <h1>{t('dashboards.entityChecksTitle')}</h1>
      <p className="field-hint">{t('dashboards.entityChecksIntro')}</p>
      <EntitySearch query={values.q} onSearch={(q) => set({ q })} onChoose={(entity) => set({ entity })} />
      {values.entity ? (
        <EntityYearlyChecks
          key={values.entity}
          entityId={values.entity}
          lastYear={Number(values.year) || beijingYear(new Date())}
          onLastYear={(year) => set({ year: String(year) })}
        />
      ) : null}
    </>
  );
}
