import type { Page } from '@app/contract';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { useDepartments } from '../../api/use-departments';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { hasAnyRole } from '../../session/token';
import { type KnownYear, missingYears, setupSteps } from './setup-steps';

const ONE = { limit: 1 };

/**
 * 初始设置: on a platform not set up yet, the first steps in order, each linked to its page and
 * marked done once done; gone once every step is done.
 */
export function SetupGuide({ today }: { today: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  const shown = hasAnyRole(session, ['admin', 'operator']);
  const departments = useDepartments();
  const years = useApi<{ years: KnownYear[] }>(shown ? '/api/calendar/years' : undefined);
  const items = useApi<Page<unknown>>(shown ? '/api/check-items' : undefined, ONE);
  const entities = useApi<Page<unknown>>(shown ? '/api/entities' : undefined, ONE);
  const inspectors = useApi<Page<unknown>>(shown ? '/api/inspectors' : undefined, ONE);
  const plans = useApi<Page<unknown>>(shown ? '/api/plans' : undefined, { ...ONE, status: 'published' });
  const read = [departments.loaded, years, items, entities, inspectors, plans];
  if (!shown || read.some((r) => r.data === undefined)) return null;
  const steps = setupSteps({
    departments: departments.departments.length,
    missingYears: missingYears(years.data?.years ?? [], Number(today.slice(0, 4))),
    checkItems: items.data?.items.length ?? 0,
    entities: entities.data?.items.length ?? 0,
    inspectors: inspectors.data?.items.length ?? 0,
    publishedPlans: plans.data?.items.length ?? 0,
  });
  if (steps.every((s) => s.done)) return null;
  return (
    <section className="card setup-guide" aria-labelledby="setup-guide-title">
      <h2 id="setup-guide-title">{t('org.guide.title')}</h2>
      <p>{t('org.guide.intro')}</p>
      <ol>
        {steps.map((step) => (
          <li key={step.name}>
            <Link to={step.path}>{t(`org.guide.step.${step.name}`)}</Link>{' '}
            <small className="field-hint">{t('org.guide.by', { who: t(`org.guide.${step.by}`) })}</small>{' '}
            <span className={`badge ${step.done ? 'badge-ok' : 'badge-warn'}`}>
              {step.done ? t('org.guide.done') : t('org.guide.todo')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
