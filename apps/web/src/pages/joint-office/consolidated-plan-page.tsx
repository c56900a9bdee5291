import type { ConsolidatedPlanDraft, ConsolidatedPlanEntry } from '@app/contract';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApi, useCommand } from '../../api/use-api';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';
import { ActionError } from '../../components/field';
import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import '../registers/registers.css';
import { Done } from '../registers/action-panel';
import { useOffice } from './use-office';
import { YearForm } from './year-form';

/** 全县部门联合抽查计划: what the joint office would publish for the year, and publishing it. */
export function ConsolidatedPlanPage() {
  const { t } = useI18n();
  const office = useOffice();
  const { nameOf } = office;
  const draft = useApi<ConsolidatedPlanDraft>('/api/joint-office/consolidated-plan', { year: office.year });
  const command = useCommand();
  const confirmation = useConfirmation();
  const [done, setDone] = useState<string>();

  const publish = async () => {
    setDone(undefined);
    if (await command.run('POST', '/api/joint-office/consolidated-plans', { year: office.year })) {
      setDone(t('jointOffice.consolidated.published'));
    }
  };
  const columns: Column<ConsolidatedPlanEntry>[] = [
    {
      heading: t('jointOffice.filings.plan'),
      cell: (p) => <Link to={`/plans/${p.planId}`}>{p.name}</Link>,
      csv: (p) => p.name,
    },
    {
      heading: t('jointOffice.filings.version'),
      cell: (p) => t('jointOffice.filings.versionValue', { version: p.version }),
      csv: (p) => p.version,
    },
    {
      heading: t('jointOffice.filings.lead'),
      cell: (p) => nameOf(p.leadDepartmentId),
      csv: (p) => nameOf(p.leadDepartmentId),
    },
    {
      heading: t('jointOffice.consolidated.cooperating'),
      cell: (p) => p.cooperatingDepartmentIds.map(nameOf).join(t('registers.sep')),
      csv: (p) => p.cooperatingDepartmentIds.map(nameOf).join(t('registers.sep')),
    },
    {
      heading: t('jointOffice.consolidated.window'),
      cell: (p) => t('jointOffice.consolidated.windowValue', p.window),
      csv: (p) => `${p.window.from}/${p.window.to}`,
    },
  ];

  return (
    <div className="rx-page">
      <h1>{t('jointOffice.consolidated.title')}</h1>
      <p className="rx-intro">{t('jointOffice.consolidated.intro')}</p>
      <YearForm key={office.year} year={office.year} onYear={office.setYear} />
      <Async loaded={draft} keep>
        {(plan) => (
          <>
            <DataTable
              caption={t('jointOffice.consolidated.caption', { year: plan.year })}
              columns={columns}
              rows={plan.plans}
              rowKey={(p) => p.planId}
              csvName={`consolidated-plan-${plan.year}`}
            />
            {office.mayPublish && plan.plans.length > 0 ? (
              <p>
                <button
                  type="button"
                  className="primary"
                  onClick={() => confirmation.ask(() => void publish())}
                >
                  {t('jointOffice.consolidated.publish')}
                </button>
              </p>
            ) : null}
            {plan.plans.length === 0 ? <p>{t('jointOffice.consolidated.empty')}</p> : null}
          </>
        )}
      </Async>
      <ActionError error={command.error} />
      <Done message={done} />
      <p>
        <Link to="/public/consolidated-plans">{t('jointOffice.consolidated.toPublic')}</Link>
      </p>
      <ConfirmDialog
        control={confirmation}
        title={t('jointOffice.consolidated.confirmTitle', { year: office.year })}
        confirmLabel={t('jointOffice.consolidated.confirm')}
      >
        <p>{t('jointOffice.consolidated.confirmBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
