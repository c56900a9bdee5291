import { type FormEvent, useState } from 'react';
import { useTaskCommand } from './use-task-command';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { DrawnList } from './drawn-list';
import { FormProblems } from '../../components/form-problems';
import { DrawRecordView } from './draw-record';
import type { EntityDrawAnswer } from './task-types';
import { VerifyDraw } from './verify-draw';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';
import { BeaconSteps } from './beacon-steps';
import { OperatorTrustedBadge } from './operator-trusted-badge';

/**
 * 抽取室: the seed's commitment before the draw, the draw itself (once, never redone), then
 * everything it depended on — the revealed seed, the pool and its digest — and its verification.
 */
export function DrawRoom() {
  const { t } = useI18n();
  const { task, facts, offered, departmentName } = useTaskDetail();
  const [answer, setAnswer] = useState<EntityDrawAnswer>();
  const record = answer?.record ?? facts?.entityDraw;
  const drawn = task.entityIds !== null;
  // A beacon task is drawn only once its value is confirmed by a second department.
  const ready = !task.beacon || task.beaconValue?.confirmed === true;
  return (
    <section id="draw-room" className="card" aria-labelledby="draw-room-title">
      <h2 id="draw-room-title">{t('tasks.drawRoomTitle')}</h2>
      <OperatorTrustedBadge />
      {!drawn ? (
        <>
          <p className="field-hint">{t('tasks.commitmentExplained')}</p>
          <BeaconSteps />
          {offered.drawEntities && ready ? (
            <DrawForm onDrawn={setAnswer} />
          ) : (
            <p className="why-not">
              {task.status === 'cancelled'
                ? t('tasks.cancelledNotDrawn')
                : t('tasks.notDrawnYet', { department: departmentName(task.leadDepartmentId) })}
            </p>
          )}
        </>
      ) : (
        <>
          {record ? (
            <DrawRecordView record={record} />
          ) : (
            <p className="field-hint">{t('tasks.recordNotRead')}</p>
          )}
          <VerifyDraw />
          <DrawnList justDrawn={answer} />
        </>
      )}
    </section>
  );
}

function DrawForm({ onDrawn }: { onDrawn: (answer: EntityDrawAnswer) => void }) {
  const { t } = useI18n();
  const { task, refresh } = useTaskDetail();
  const [specialActionReason, setSpecialActionReason] = useState('');
  const draw = useTaskCommand<EntityDrawAnswer>();
  const confirmation = useConfirmation();
  const submit = async () => {
    const answer = await draw.run('POST', `/api/tasks/${task.id}/draws/entities`, {
      ...(specialActionReason.trim() ? { specialActionReason: specialActionReason.trim() } : {}),
    });
    if (answer) {
      onDrawn(answer);
      refresh();
    }
  };
  return (
    <form
      className="inline-form"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        confirmation.ask(() => void submit());
      }}
      aria-labelledby="draw-title"
    >
      <h3 id="draw-title">{t('tasks.drawEntitiesTitle')}</h3>
      <Field
        label={t('tasks.specialActionReason')}
        name="specialActionReason"
        error={draw.error}
        hint={t('tasks.specialActionHint')}
      >
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={specialActionReason}
            onChange={(e) => setSpecialActionReason(e.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={draw.busy}>
          {draw.busy ? t('tasks.drawing') : t('tasks.drawEntities')}
        </button>
        <ActionError error={draw.error} />
        <FormProblems
          error={draw.error}
          fields={['specialActionReason']}
          labels={{ specialActionReason: t('tasks.specialActionReason') }}
        />
      </div>
      <ConfirmDialog
        control={confirmation}
        title={t('tasks.confirm.drawTitle')}
        confirmLabel={t('tasks.confirm.draw')}
      >
        <p>{t('tasks.confirm.drawBody')}</p>
      </ConfirmDialog>
    </form>
  );
}
