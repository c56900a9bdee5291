import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/states';
import { useI18n } from '../../i18n/i18n';
import type { PublicPlan } from './disclosures';

type Version = Pick<PublicPlan, 'version' | 'name' | 'window' | 'publishedOn' | 'adjustments'>;

/** 历次版本: every published version of a plan, loaded when opened (GET /api/public/plans/:id). */
export function PublicPlanVersions({ planId }: { planId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const loaded = useApi<{ versions: Version[] }>(
    open ? `/api/public/plans/${encodeURIComponent(planId)}` : undefined,
  );
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('public.plans.versions')}</summary>
      {open ? (
        <Async loaded={loaded}>
          {(plan) => (
            <ol className="rx-plain">
              {plan.versions.map((v) => (
                <li key={v.version}>
                  {t('public.plans.versionEntry', {
                    version: v.version,
                    date: v.publishedOn,
                    name: v.name,
                    from: v.window.from,
                    to: v.window.to,
                  })}
                  {v.adjustments.map(
                    (a) => ` ${t('public.plans.adjustedEntry', { date: a.adjustedOn, reason: a.reason })}`,
                  )}
                </li>
              ))}
            </ol>
          )}
        </Async>
      ) : null}
    </details>
  );
}
