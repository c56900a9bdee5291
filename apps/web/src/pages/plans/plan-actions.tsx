import { type FormEvent, type ReactNode, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { useCommand } from '../../api/use-api';
import { ActionError, Field } from '../../components/field';
import { FormProblems } from '../../components/form-problems';
import { planFields, planLabels } from './plan-labels';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';
import { useSession } from '../../session/session';
import { PlanFields } from './plan-form';
import { planChanges, planForm } from './plan-form-model';
import { type Plan, draftOf, planActs } from './plan-model';
import type { Department } from '../../api/use-departments';

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
  const confirmation = useConfirmation();

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
      <div className="action-row">
        {may.publish ? (
          <button
            type="button"
            className="primary"
            onClick={() => confirmation.ask(() => void doPublish())}
            disabled={publish.busy}
          >
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
      <ConfirmDialog
        control={confirmation}
        title={t('plans.confirmPublishTitle', { n: plan.version + 1 })}
        confirmLabel={t('plans.confirmPublish')}
      >
        <p>{t('plans.confirmPublishBody')}</p>
      </ConfirmDialog>
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
  const [values, setValues] = useState(() => planForm(draftOf(plan)));
  const [unchanged, setUnchanged] = useState(false);
  const adjust = useCommand();
  const submit = async (reason: string) => {
    const changes = planChanges(draftOf(plan), values);
    setUnchanged(Object.keys(changes).length === 0);
    if (Object.keys(changes).length === 0) return;
    if (await adjust.run('POST', `/api/plans/${plan.id}/adjustments`, { changes, reason })) onDone();
  };
  return (
    <ReasonForm
      id="plan-adjust"
      heading={t('plans.adjustHeading')}
      hint={t('plans.adjustHint')}
      reasonLabel={t('plans.adjustReason')}
      submitLabel={t('plans.saveAdjustment')}
      command={adjust}
      fields={planFields('changes.')}
      labels={planLabels(t, 'changes.')}
      onSubmit={submit}
      refusal={
        unchanged ? (
          <p className="action-error" role="alert">
            {t('plans.nothingChanged')}
          </p>
        ) : null
      }
    >
      <PlanFields
        values={values}
        onChange={setValues}
        error={adjust.error}
        prefix="changes."
        departments={departments}
        leadChoosable={false}
      />
    </ReasonForm>
  );
}

/** Closing cannot be undone: asked first, as publication is. */
function CloseForm({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  const { t } = useI18n();
  const close = useCommand();
  const confirmation = useConfirmation();
  return (
    <>
      <ReasonForm
        id="plan-close"
        heading={t('plans.closeHeading')}
        hint={t('plans.closeHint')}
        reasonLabel={t('plans.closeReason')}
        submitLabel={t('plans.close')}
        command={close}
        onSubmit={(reason) => {
          confirmation.ask(() => {
            void close
              .run('POST', `/api/plans/${plan.id}/close`, { reason })
              .then((done) => done && onDone());
          });
        }}
      />
      <ConfirmDialog
        control={confirmation}
        title={t('plans.confirmCloseTitle', { name: plan.name })}
        confirmLabel={t('plans.confirmClose')}
      >
        <p>{t('plans.confirmCloseBody')}</p>
      </ConfirmDialog>
    </>
  );
}

/**
 * An act on the plan that takes a stated reason (`reason`, trimmed), after any fields of its
 * own (`children`, whose controls are `fields`, named by `labels`); `refusal` is a refusal the
 * page decides itself, shown before the api's.
 */
function ReasonForm({
  id,
  heading,
  hint,
  reasonLabel,
  submitLabel,
  command,
  onSubmit,
  refusal,
  fields = [],
  labels = {},
  children,
}: {
  id: string;
  heading: string;
  hint: string;
  reasonLabel: string;
  submitLabel: string;
  command: { busy: boolean; error?: ApiFailure };
  onSubmit: (reason: string) => void | Promise<void>;
  refusal?: ReactNode;
  fields?: readonly string[];
  labels?: Readonly<Record<string, string>>;
  children?: ReactNode;
}) {
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit(reason.trim());
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <p className="field-hint">{hint}</p>
      {children}
      <Field label={reasonLabel} name="reason" error={command.error} required>
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
      <div className="action-row">
        <button type="submit" className="primary" disabled={command.busy}>
          {submitLabel}
        </button>
      </div>
      {refusal}
      <ActionError error={command.error} />
      <FormProblems
        error={command.error}
        fields={['reason', ...fields]}
        labels={{ reason: reasonLabel, ...labels }}
      />
    </form>
  );
}
