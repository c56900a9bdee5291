import { listedEntities } from '@app/domain';
import { type FormEvent, useState } from 'react';
import { useTaskCommand } from './use-task-command';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { ChoiceGroup } from '../../components/choice-group';
import { useTaskDetail } from './detail-context';
import { FormProblems } from '../../components/form-problems';
import { useEntities } from './use-names';
import { type ExpertDrawDraft, expertDrawBody, isExpertPool } from './expert-draw-logic';

/**
 * This department's experts and auxiliaries beside the teams (Yiyuan 十九、二十; ADR 33): drawn at
 * random from its expert pool, seeded and verifiable like inspectors, or appointed for an entity
 * with a reason. They never count toward a team's two 执法人员.
 */
export function ExpertDrawForm() {
  const { t } = useI18n();
  const { task, actor, inspectors, refresh } = useTaskDetail();
  const listed = listedEntities(task);
  const entities = useEntities(listed);
  const [draft, setDraft] = useState<ExpertDrawDraft>({
    perEntity: '',
    entityId: '',
    expertIds: [],
    reason: '',
  });
  const set = (part: Partial<ExpertDrawDraft>) => setDraft((d) => ({ ...d, ...part }));
  const pool = [...inspectors.values()].filter(
    (i) => i.departmentId === actor.departmentId && i.status === 'active' && isExpertPool(i),
  );
  const draw = useTaskCommand();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await draw.run('POST', `/api/tasks/${task.id}/draws/experts`, expertDrawBody(draft))) refresh();
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-labelledby="expert-draw-title">
      <h3 id="expert-draw-title">{t('tasks.drawExpertsTitle')}</h3>
      <p className="field-hint">{t('tasks.expertsExplained', { n: pool.length })}</p>
      <Field
        label={t('tasks.expertsPerEntity')}
        name="perEntity"
        error={draw.error}
        hint={t('tasks.expertsPerEntityHint')}
      >
        {(props) => (
          <input
            {...props}
            type="number"
            min={0}
            max={5}
            value={draft.perEntity}
            onChange={(e) => set({ perEntity: e.target.value })}
          />
        )}
      </Field>
      <fieldset className="choice-group">
        <legend>{t('tasks.appointExpertsTitle')}</legend>
        <Field label={t('tasks.appointExpertFor')} name="appointments.0.entityId" error={draw.error}>
          {(props) => (
            <select {...props} value={draft.entityId} onChange={(e) => set({ entityId: e.target.value })}>
              <option value="">{t('tasks.noExpertAppointment')}</option>
              {listed.map((id) => (
                <option key={id} value={id}>
                  {entities.name(id)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {draft.entityId ? (
          <>
            <ChoiceGroup
              legend={t('tasks.appointedExperts')}
              name="appointments.0.inspectorIds"
              error={draw.error}
              chosen={draft.expertIds}
              onChange={(ids) => set({ expertIds: ids })}
              options={pool.map((i) => ({
                value: i.id,
                label: `${i.name}（${t(`registers.category.${i.category}`)}）`,
              }))}
            />
            <Field
              label={t('tasks.appointExpertReason')}
              name="appointments.0.reason"
              error={draw.error}
              required
            >
              {(props) => (
                <textarea
                  {...props}
                  rows={2}
                  value={draft.reason}
                  onChange={(e) => set({ reason: e.target.value })}
                />
              )}
            </Field>
          </>
        ) : null}
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary" disabled={draw.busy}>
          {t('tasks.drawExperts')}
        </button>
        <ActionError error={draw.error} />
        <FormProblems
          error={draw.error}
          fields={[
            'perEntity',
            'appointments',
            'appointments.0.entityId',
            'appointments.0.inspectorIds',
            'appointments.0.reason',
          ]}
          labels={{
            perEntity: t('tasks.expertsPerEntity'),
            appointments: t('tasks.appointExpertsTitle'),
            'appointments.0.entityId': t('tasks.appointExpertFor'),
            'appointments.0.inspectorIds': t('tasks.appointedExperts'),
            'appointments.0.reason': t('tasks.appointExpertReason'),
          }}
        />
      </div>
    </form>
  );
}
