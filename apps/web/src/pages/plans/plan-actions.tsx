import { type FormEvent, useState } from 'react';
import { useCommand } from '../../api/use-api';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { PlanFields } from './plan-form';
import { planChanges, planForm } from './plan-form-model';
import { type Plan, planActs } from './plan-model';
import type { Department } from './use-departments';

/** Publish (again after an adjustment), adjust with a reason, close with a reason. */
export function PlanActions({
  plan,
  departments,
  onChanged,
}: {
  plan: Plan;
  departments: Department[];
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { session } = useSession();
  const may = planActs(session, plan);
  const [open, setOpen] = useState<'adjust' | 'close'>();
  const [notice, setNotice] = useState<string>();
  const publish = useCommand();

  if (!may.publish && !may.adjust && !may.close && !notice) return null;

  const doPublish = async () => {
    setNotice(undefined);
    if (await publish.run('POST', `/api/plans/${plan.id}/publish`)) {
      setNotice(t('plans.publishedNotice', { n: plan.version + 1 }));
      onChanged();
    }
  };
  const done = (message: string) => {
    setOpen(undefined);
    setNotice(message);
    onChanged();
  };

  return (
    <section className="card" aria-labelledby="plan-actions">
      <h2 id="plan-actions">{t('plans.actions')}</h2>
      <div className="plans-actions">
        {may.publish ? (
          <button type="button" className="primary" onClick={() => void doPublish()} disabled={publish.busy}>
            {plan.everPublished ? t('plans.republish', { n: plan.version + 1 }) : t('plans.publish')}
          </button>
        ) : null}
        {may.adjust ? (
          <button
            type="button"
            aria-expanded={open === 'adjust'}
            onClick={() => {
              setNotice(undefined);
              setOpen(open === 'adjust' ? undefined : 'adjust');
            }}
          >
            {t('plans.adjust')}
          </button>
        ) : null}
        {may.close ? (
          <button
            type="button"
            aria-expanded={open === 'close'}
            onClick={() => {
              setNotice(undefined);
              setOpen(open === 'close' ? undefined : 'close');
            }}
          >
            {t('plans.close')}
          </button>
        ) : null}
      </div>
      <ActionError error={publish.error} />
      {notice ? (
        <p className="badge badge-ok" role="status">
          {notice}
        </p>
      ) : null}
      {open === 'adjust' ? (
        <AdjustForm plan={plan} departments={departments} onDone={() => done(t('plans.adjustedNotice'))} />
      ) : null}
      {open === 'close' ? <CloseForm plan={plan} onDone={() => done(t('plans.closedNotice'))} /> : null}
    </section>
  );
}

function AdjustForm({
  plan,
  departments,
  onDone,
}: {
  plan: Plan;
  departments: Department[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => planForm(plan));
  const [reason, setReason] = useState('');
  const [unchanged, setUnchanged] = useState(false);
  const adjust = useCommand();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changes = planChanges(plan, values);
    setUnchanged(Object.keys(changes).length === 0);
    if (Object.keys(changes).length === 0) return;
    if (await adjust.run('POST', `/api/plans/${plan.id}/adjustments`, { changes, reason: reason.trim() }))
      onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="plan-adjust">
      <h3 id="plan-adjust">{t('plans.adjustHeading')}</h3>
      <p className="field-hint">{t('plans.adjustHint')}</p>
      <PlanFields
        values={values}
        onChange={setValues}
        error={adjust.error}
        prefix="changes."
        departments={departments}
        leadChoosable={false}
      />
      <Field label={t('plans.adjustReason')} name="reason" error={adjust.error}>
        {(p) => (
          <textarea
            {...p}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={1000}
            required
          />
        )}
      </Field>
      <div className="plans-actions">
        <button type="submit" className="primary" disabled={adjust.busy}>
          {t('plans.saveAdjustment')}
        </button>
      </div>
      {unchanged ? (
        <p className="action-error" role="alert">
          {t('plans.nothingChanged')}
        </p>
      ) : null}
      <ActionError error={adjust.error} />
    </form>
  );
}

function CloseForm({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const close = useCommand();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await close.run('POST', `/api/plans/${plan.id}/close`, { reason: reason.trim() })) onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="plan-close">
      <h3 id="plan-close">{t('plans.closeHeading')}</h3>
      <p className="field-hint">{t('plans.closeHint')}</p>
      <Field label={t('plans.closeReason')} name="reason" error={close.error}>
        {(p) => (
          <textarea
            {...p}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={1000}
            required
          />
        )}
      </Field>
      <div className="plans-actions">
        <button type="submit" className="primary" disabled={close.busy}>
          {t('plans.confirmClose')}
        </button>
      </div>
      <ActionError error={close.error} />
    </form>
  );
}
