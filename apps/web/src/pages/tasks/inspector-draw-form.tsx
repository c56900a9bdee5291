import { listedEntities } from '@app/domain';
import { type FormEvent, useEffect, useState } from 'react';
import { useTaskCommand } from './use-task-command';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { ChoiceGroup } from '../../components/choice-group';
import { useTaskDetail } from './detail-context';
import { FormProblems } from '../../components/form-problems';
import type { InspectorShortage } from './task-types';
import { useEntities } from './use-names';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';

/**
 * This department's verifiable inspector draw. When its pool is too small for some entities, the
 * api names them; the missing inspectors are then appointed (not drawn), with a reason, and recorded so.
 */
export function InspectorDrawForm() {
  const { t } = useI18n();
  const { task, actor, inspectors, refresh } = useTaskDetail();
  const [perEntity, setPerEntity] = useState('');
  const [shortages, setShortages] = useState<InspectorShortage[]>([]);
  const [appointments, setAppointments] = useState<Record<string, string[]>>({});
  const [reason, setReason] = useState('');
  const draw = useTaskCommand();
  const entities = useEntities(shortages.map((s) => s.entityId));
  const ours = [...inspectors.values()].filter(
    (i) => i.departmentId === actor.departmentId && i.status === 'active',
  );

  const confirmation = useConfirmation();
  const submit = async () => {
    const appointed = shortages
      .map((s) => ({
        entityId: s.entityId,
        inspectorIds: appointments[s.entityId] ?? [],
        reason: reason.trim(),
      }))
      .filter((a) => a.inspectorIds.length > 0);
    const answer = await draw.run('POST', `/api/tasks/${task.id}/draws/inspectors`, {
      ...(perEntity.trim() ? { perEntity: Number(perEntity) } : {}),
      ...(appointed.length ? { appointments: appointed } : {}),
    });
    if (answer) {
      setShortages([]);
      refresh();
    }
  };
  // The entities short of inspectors stay on the form while the appointments are made.
  useEffect(() => {
    if (draw.lastError?.code === 'INSPECTOR_POOL_TOO_SMALL')
      setShortages(shortagesOf(draw.lastError.details));
  }, [draw.lastError]);

  return (
    <form
      className="inline-form"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        confirmation.ask(() => void submit());
      }}
      aria-labelledby="inspector-draw-title"
    >
      <h3 id="inspector-draw-title">{t('tasks.drawInspectorsTitle')}</h3>
      <Field label={t('tasks.perEntity')} name="perEntity" error={draw.error} hint={t('tasks.perEntityHint')}>
        {(props) => (
          <input
            {...props}
            type="number"
            min={1}
            max={5}
            value={perEntity}
            onChange={(e) => setPerEntity(e.target.value)}
          />
        )}
      </Field>
      {shortages.length > 0 ? (
        <fieldset className="choice-group">
          <legend>{t('tasks.appointTitle')}</legend>
          <p className="field-hint">{t('tasks.appointExplained')}</p>
          {shortages.map((s, index) => (
            <ChoiceGroup
              key={s.entityId}
              legend={t('tasks.appointFor', {
                entity: entities.name(s.entityId),
                needed: s.needed,
                available: s.available,
              })}
              name={`appointments.${index}.inspectorIds`}
              error={draw.error}
              chosen={appointments[s.entityId] ?? []}
              onChange={(ids) => setAppointments((a) => ({ ...a, [s.entityId]: ids }))}
              options={ours.map((i) => ({ value: i.id, label: `${i.name}（${i.regionCode}）` }))}
            />
          ))}
          <Field label={t('tasks.appointReason')} name="appointments" error={draw.error} required>
            {(props) => (
              <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
            )}
          </Field>
        </fieldset>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={draw.busy}>
          {shortages.length > 0 ? t('tasks.drawWithAppointments') : t('tasks.drawInspectors')}
        </button>
        <ActionError error={draw.error} />
        <FormProblems
          error={draw.error}
          fields={['perEntity', 'appointments']}
          labels={{
            perEntity: t('tasks.perEntity'),
            appointments: t('tasks.appointTitle'),
            'appointments.reason': t('tasks.appointReason'),
            ...Object.fromEntries(
              shortages.map((s, index) => [
                `appointments.${index}.inspectorIds`,
                t('tasks.appointFor', {
                  entity: entities.name(s.entityId),
                  needed: s.needed,
                  available: s.available,
                }),
              ]),
            ),
          }}
        />
      </div>
      <ConfirmDialog
        control={confirmation}
        title={t('tasks.confirm.inspectorDrawTitle')}
        confirmLabel={t('tasks.confirm.inspectorDraw')}
      >
        <p>{t('tasks.confirm.inspectorDrawBody', { n: listedEntities(task).length })}</p>
      </ConfirmDialog>
    </form>
  );
}

function shortagesOf(details: unknown): InspectorShortage[] {
  const shortages = (details as { shortages?: unknown } | undefined)?.shortages;
  return Array.isArray(shortages) ? (shortages as InspectorShortage[]) : [];
}
