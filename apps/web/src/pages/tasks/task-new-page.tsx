import { type FormEvent, useState } from 'react';
import { Async } from '../../components/states';
import { useNavigate } from 'react-router';
import { useCommand } from '../../api/use-api';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { CriteriaFieldset } from './criteria-fieldset';
import { FormProblems } from '../../components/form-problems';
import { ItemChecklist } from './item-checklist';
import { readAllPages } from './load';
import { RULE_FIELDS, byField } from './rule-fields';
import { ParticipantsFieldset } from './participants-fieldset';
import { SamplingFieldset } from './sampling-fieldset';
import { type TaskDraft, emptyDraft, initiateBody, jointListPart } from './task-form';
import { fromJointList, fromPlan } from './task-defaults';
import { initiateLabels } from './form-labels';
import type { JointList, Plan } from './task-types';
import { beijingToday } from '../../components/dates';
import { JointListPicker } from '../registers/joint-list-picker';
import { useDepartments } from '../../api/use-departments';
import { useCheckItems } from './use-names';
import { useLoad } from './use-load';
import { callApi } from '../../api/client';
import type { DrawBeaconPolicy } from '@app/contract';
import { BeaconFieldset } from './beacon-fieldset';
import { BeyondPlanReasonField, LeadDepartmentField } from './office-fields';
import { withoutBeaconAllowed } from './beacon-view';
import { useRefusals } from '../../components/refusals/use-refusals';
import './tasks.css';

/** Every field of POST /api/tasks this form has a control for (for the 400s of the others). */
const FIELDS = [
  'name',
  'planId',
  'adhocReason',
  'beyondPlanReason',
  'leadDepartmentId',
  'itemIds',
  'participants',
  'criteria',
  'sampling',
  'window',
  'beacon',
  'withoutBeaconReason',
  'jointListId',
];

/**
 * 发起联合抽查: the lead department initiates a joint task (POST /api/tasks), or a coordinator of the
 * joint office does for the lead it names (POST /api/joint-office/tasks; Gui'an 第39条).
 */
export function TaskNewPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const navigate = useNavigate();
  const departments = useDepartments();
  const [draft, setDraft] = useState<TaskDraft>(emptyDraft);
  const byOffice = !session?.roles.includes('operator') && !!session?.roles.includes('coordinator');
  // The lead: the official's own department, or the one the joint office names.
  const departmentId = byOffice ? draft.leadDepartmentId : (session?.departmentId ?? '');
  const items = useCheckItems(departments.departments.map((d) => d.id));
  const plans = useLoad(`plans:${departmentId}`, async (token) => {
    if (!departmentId) return [];
    // The plans this department leads or cooperates in, as the api selects them.
    const all = await readAllPages<Plan>(token, '/api/plans', { status: 'published', departmentId });
    return all.items;
  });
  const jointLists = useLoad(`joint-lists:${departmentId}`, async (token) => {
    // A retired list makes no new task: only those in force are offered.
    const all = await readAllPages<JointList>(token, '/api/joint-item-lists', { status: 'active' });
    return all.items.filter((l) => l.departmentIds.includes(departmentId));
  });
  const beacons = useLoad('draw-beacons', (token) =>
    callApi<DrawBeaconPolicy>('GET', '/api/draw-beacons', { token }),
  );
  const refusals = useRefusals();
  const change = (patch: Partial<TaskDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const initiate = useCommand<{ id: string }>();

  // Which department's list each item is on: a plan's or a list's items are split by it.
  const context = {
    lead: departmentId,
    departmentOf: (itemId: string) => items.byId.get(itemId)?.departmentId,
    today: beijingToday(),
  };
  const choosePlan = (planId: string) => {
    const plan = plans.data?.find((p) => p.id === planId);
    setDraft((d) => (plan ? fromPlan(d, plan, context) : { ...d, planId }));
  };
  const chooseJointList = (list: JointList) => setDraft((d) => fromJointList(d, list, context));
  const plan = draft.basis === 'plan' ? plans.data?.find((p) => p.id === draft.planId) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = initiateBody(withBeaconDefaults(byOffice ? { ...draft, basis: 'plan' } : draft));
    const path = byOffice ? '/api/joint-office/tasks' : '/api/tasks';
    const answer = await initiate.run(
      'POST',
      path,
      byOffice ? body : { ...body, leadDepartmentId: undefined },
    );
    if (answer) void navigate(`/tasks/${answer.id}`, { state: { name: draft.name.trim() } });
  };

  // What the beacon fieldset shows: the first accepted source unless another is chosen, a date only
  // for a daily lottery, and a beacon wherever going without one is not allowed for this task.
  const withBeaconDefaults = (d: TaskDraft): TaskDraft => {
    const sources = beacons.data?.sources ?? [];
    const source = sources.find((s) => s.id === d.beaconSource) ?? sources[0];
    return {
      ...d,
      beaconMode: withoutBeaconAllowed(beacons.data, d.basis) ? d.beaconMode : 'beacon',
      beaconSource: source?.id ?? d.beaconSource,
      beaconDrawDate: source?.publication.kind === 'daily' ? d.beaconDrawDate : '',
    };
  };

  const ownItems = [...items.byId.values()].filter((item) => item.departmentId === departmentId);
  const error = initiate.error;
  const fieldError = byField(error, RULE_FIELDS.initiate);

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="new-task-title" noValidate>
      <h1 id="new-task-title">{t('tasks.newTitle')}</h1>
      <p className="field-hint">
        {byOffice
          ? t('tasks.newIntroOffice')
          : t('tasks.newIntro', { department: departments.nameOf(departmentId) })}
      </p>
      <section className="card" aria-labelledby="basics-title">
        <h2 id="basics-title">{t('tasks.basicsTitle')}</h2>
        {byOffice ? (
          <LeadDepartmentField
            departments={departments.departments}
            value={draft.leadDepartmentId}
            error={fieldError}
            onChoose={(id) => setDraft({ ...emptyDraft, name: draft.name, leadDepartmentId: id })}
          />
        ) : null}
        <Field label={t('tasks.name')} name="name" error={fieldError} required>
          {(props) => (
            <input
              {...props}
              value={draft.name}
              required
              onChange={(e) => change({ name: e.target.value })}
            />
          )}
        </Field>
        <fieldset className="field choice-group" hidden={byOffice}>
          <legend>{t('tasks.basis')}</legend>
          <div className="choices">
            {(['plan', 'adhoc'] as const).map((basis) => (
              <label key={basis} className="choice">
                <input
                  type="radio"
                  name="basis"
                  checked={draft.basis === basis}
                  onChange={() => change({ basis })}
                />{' '}
                {t(`tasks.basis.${basis}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {draft.basis === 'plan' ? (
          <Field label={t('tasks.plan')} name="planId" error={fieldError} hint={t('tasks.planHint')}>
            {(props) => (
              <select
                {...props}
                value={draft.planId}
                disabled={!items.loaded.data}
                onChange={(e) => choosePlan(e.target.value)}
              >
                <option value="">{plans.loading ? t('common.loading') : t('tasks.choosePlan')}</option>
                {(plans.data ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {draft.basis === 'plan' ? (
          <BeyondPlanReasonField
            value={draft.beyondPlanReason}
            error={fieldError}
            onChange={(beyondPlanReason) => change({ beyondPlanReason })}
          />
        ) : null}
        <Field
          label={t('tasks.adhocReason')}
          name="adhocReason"
          error={fieldError}
          required={draft.basis === 'adhoc'}
          hint={draft.basis === 'adhoc' ? t('tasks.adhocReasonRequired') : t('tasks.adhocReasonOutsidePlan')}
        >
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={draft.adhocReason}
              onChange={(e) => change({ adhocReason: e.target.value })}
            />
          )}
        </Field>
        <div className="form-row">
          <Field label={t('tasks.windowFrom')} name="window.from" error={fieldError} required>
            {(props) => (
              <input
                {...props}
                type="date"
                min={plan?.window.from}
                max={plan?.window.to}
                value={draft.from}
                onChange={(e) => change({ from: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('tasks.windowTo')} name="window.to" error={fieldError} required>
            {(props) => (
              <input
                {...props}
                type="date"
                min={plan?.window.from}
                max={plan?.window.to}
                value={draft.to}
                onChange={(e) => change({ to: e.target.value })}
              />
            )}
          </Field>
        </div>
      </section>
      <Async loaded={items.loaded} keep>
        {() => (
          <>
            <section className="card" aria-labelledby="items-title">
              <h2 id="items-title">{t('tasks.leadItemsTitle')}</h2>
              <JointListPicker
                lists={jointLists.data ?? []}
                chosen={draft.jointListId}
                onChoose={chooseJointList}
                nameOf={departments.nameOf}
              />
              {draft.jointListId && !jointListPart(draft).jointListId ? (
                <p className="field-hint" role="status">
                  {t('tasks.jointListLeft')}
                </p>
              ) : null}
              <ItemChecklist
                legend={t('tasks.leadItems', { department: departments.nameOf(departmentId) })}
                name="itemIds"
                error={fieldError}
                items={ownItems}
                chosen={draft.itemIds}
                onChange={(itemIds) => change({ itemIds })}
              />
            </section>
            <ParticipantsFieldset
              draft={draft}
              change={change}
              error={fieldError}
              departments={departments.departments.filter((d) => d.id !== departmentId)}
              items={[...items.byId.values()]}
            />
          </>
        )}
      </Async>
      <CriteriaFieldset draft={draft} change={change} error={fieldError} />
      <SamplingFieldset draft={draft} change={change} error={fieldError} />
      <BeaconFieldset
        draft={draft}
        change={change}
        error={fieldError}
        policy={beacons.data}
        {...(beacons.error ? { policyProblem: refusals.message(beacons.error) } : {})}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={initiate.busy}>
          {initiate.busy ? t('tasks.initiating') : t('tasks.initiate')}
        </button>
        <ActionError error={error} />
        <FormProblems
          error={error}
          fields={FIELDS}
          labels={initiateLabels(t, draft, departmentId, departments.nameOf)}
        />
        {error?.status === 400 ? (
          <p className="action-error" role="alert">
            {t('tasks.fixFields')}
          </p>
        ) : null}
      </div>
    </form>
  );
}
