import { beijingYear } from '@app/domain/calendar/calendar-date';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import './plans.css';
import { useCommand } from '../../api/use-api';
import { ActionError } from '../../components/field';
import { FormProblems } from '../../components/form-problems';
import { planFields, planLabels } from './plan-labels';
import { ErrorNotice, Loading } from '../../components/states';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { PlanFields } from './plan-form';
import { draftBody, emptyPlanForm } from './plan-form-model';
import { useDepartments } from '../../api/use-departments';

/** 制定年度抽查工作计划: drafts a plan (POST /api/plans), to be published from its page. */
export function PlanNewPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const navigate = useNavigate();
  const { loaded, departments } = useDepartments();
  const isAdmin = session?.roles.includes('admin') ?? false;
  const [values, setValues] = useState(() =>
    emptyPlanForm(beijingYear(new Date()), isAdmin ? '' : (session?.departmentId ?? '')),
  );
  const draft = useCommand<{ id: string }>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await draft.run('POST', '/api/plans', draftBody(values));
    if (created) void navigate(`/plans/${created.id}`);
  };

  return (
    <>
      <h1>{t('plans.newTitle')}</h1>
      <p>
        <Link to="/plans">{t('plans.backToList')}</Link>
      </p>
      {loaded.error ? <ErrorNotice error={loaded.error} onRetry={loaded.reload} /> : null}
      {loaded.loading ? (
        <Loading />
      ) : (
        <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="plan-new-title">
          <h2 id="plan-new-title">{t('plans.draftHeading')}</h2>
          <p className="field-hint">{t('plans.draftHint')}</p>
          <PlanFields
            values={values}
            onChange={setValues}
            error={draft.error}
            prefix=""
            departments={departments}
            leadChoosable={isAdmin}
          />
          <div className="action-row">
            <button type="submit" className="primary" disabled={draft.busy}>
              {draft.busy ? t('plans.saving') : t('plans.saveDraft')}
            </button>
            <Link to="/plans">{t('common.cancel')}</Link>
          </div>
          <ActionError error={draft.error} />
          <FormProblems error={draft.error} fields={planFields('')} labels={planLabels(t, '')} />
          {draft.error?.status === 400 && Array.isArray(draft.error.details) ? (
            <p className="action-error" role="alert">
              {t('plans.fixFields')}
            </p>
          ) : null}
        </form>
      )}
    </>
  );
}
