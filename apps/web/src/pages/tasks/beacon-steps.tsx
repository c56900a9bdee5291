import { BEACON_SOURCES } from '@app/domain';
import { type FormEvent, useState } from 'react';
import { ActionError, Field } from '../../components/field';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';
import { beijingTime } from '../../components/dates';
import { useI18n } from '../../i18n/i18n';
import { beaconStep } from './beacon-view';
import { useTaskDetail } from './detail-context';
import { useTaskCommand } from './use-task-command';

/**
 * A beacon task before its draw (docs/draw.md §2): the named round and its publication time; the
 * lead freezes the pool before it; after it one official enters the value and an official of
 * another department types it again (never shown the first), and only then may the lead draw.
 */
export function BeaconSteps() {
  const { t, locale } = useI18n();
  const { task, actor, departmentName } = useTaskDetail();
  const beacon = task.beacon;
  if (!beacon) return null;
  const source = BEACON_SOURCES[beacon.source];
  const step = beaconStep(task, actor);
  const time = beijingTime(beacon.publishedAt);
  const description = source ? source.value.description[locale] : '';
  return (
    <div className="inline-form" aria-labelledby="beacon-steps-title" role="group">
      <h3 id="beacon-steps-title">{t('tasks.beaconStepTitle')}</h3>
      <dl className="facts">
        <dt>{t('tasks.beaconSource')}</dt>
        <dd>{source ? source.name[locale] : beacon.source}</dd>
        <dt>{t('tasks.beaconRound')}</dt>
        <dd>
          {beacon.round}
          {beacon.drawDate ? t('tasks.beaconDrawDateIs', { date: beacon.drawDate }) : ''}
        </dd>
        <dt>{t('tasks.beaconPublishedAt')}</dt>
        <dd>{t('tasks.beaconTime', { time })}</dd>
        <dt>{t('tasks.poolFrozenLabel')}</dt>
        <dd>
          {task.poolFrozen
            ? t('tasks.poolFrozenIs', {
                time: beijingTime(task.poolFrozen.frozenAt),
                n: task.poolFrozen.position,
              })
            : t('tasks.poolNotFrozen')}
        </dd>
      </dl>
      {step === 'freeze' ? <FreezeForm /> : null}
      {step === 'awaitFreeze' ? (
        <p className="why-not">
          {t('tasks.awaitFreeze', { department: departmentName(task.leadDepartmentId) })}
        </p>
      ) : null}
      {step === 'enter' || step === 'reenter' ? (
        <ValueForm kind={step} description={description} time={time} />
      ) : null}
      {step === 'confirm' ? <ValueForm kind="confirm" description={description} time={time} /> : null}
      {step === 'awaitEntry' ? <p className="why-not">{t('tasks.awaitEntry', { time })}</p> : null}
      {step === 'awaitConfirmation' && task.beaconValue ? (
        <p className="why-not">
          {t('tasks.awaitConfirmation', { department: departmentName(task.beaconValue.departmentId) })}
        </p>
      ) : null}
      {step === 'confirmed' && task.beaconValue ? (
        <p className="verified">
          ✓{' '}
          {t('tasks.beaconConfirmedIs', {
            value: task.beaconValue.value,
            department: departmentName(task.beaconValue.departmentId),
          })}
        </p>
      ) : (
        <p className="field-hint">{t('tasks.drawAfterConfirmation')}</p>
      )}
    </div>
  );
}

function FreezeForm() {
  const { t } = useI18n();
  const { task, refresh } = useTaskDetail();
  const freeze = useTaskCommand();
  const confirmation = useConfirmation();
  const submit = async () => {
    if (await freeze.run('POST', `/api/tasks/${task.id}/pool-freeze`)) refresh();
  };
  return (
    <form
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        confirmation.ask(() => void submit());
      }}
      aria-labelledby="freeze-title"
    >
      <h4 id="freeze-title">{t('tasks.freezeTitle')}</h4>
      <p className="field-hint">{t('tasks.freezeExplained')}</p>
      <div className="actions">
        <button type="submit" className="primary" disabled={freeze.busy}>
          {freeze.busy ? t('tasks.freezing') : t('tasks.freeze')}
        </button>
        <ActionError error={freeze.error} />
      </div>
      <ConfirmDialog
        control={confirmation}
        title={t('tasks.freezeConfirmTitle')}
        confirmLabel={t('tasks.freezeConfirm')}
      >
        <p>{t('tasks.freezeConfirmBody')}</p>
      </ConfirmDialog>
    </form>
  );
}

/** Entering the value (or entering it again), or confirming it by typing it again. */
function ValueForm({
  kind,
  description,
  time,
}: {
  kind: 'enter' | 'reenter' | 'confirm';
  description: string;
  time: string;
}) {
  const { t } = useI18n();
  const { task, refresh, departmentName } = useTaskDetail();
  const [value, setValue] = useState('');
  const command = useTaskCommand();
  const confirming = kind === 'confirm';
  const path = `/api/tasks/${task.id}/beacon-value${confirming ? '/confirmation' : ''}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await command.run('POST', path, { value: value.trim() })) {
      setValue('');
      refresh();
    }
  };
  const titleId = `beacon-${kind}-title`;
  const enterer = task.beaconValue ? departmentName(task.beaconValue.departmentId) : '';
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={titleId} autoComplete="off">
      <h4 id={titleId}>
        {t(
          confirming ? 'tasks.confirmTitle' : kind === 'reenter' ? 'tasks.reenterTitle' : 'tasks.enterTitle',
        )}
      </h4>
      <p className="field-hint">
        {confirming
          ? t('tasks.confirmExplained', { department: enterer, description })
          : kind === 'reenter'
            ? t('tasks.reenterExplained')
            : t('tasks.enterExplained', { description, time })}
      </p>
      <Field
        label={t(confirming ? 'tasks.confirmValue' : 'tasks.beaconValue')}
        name="value"
        error={command.error}
        required
      >
        {(props) => (
          <input
            {...props}
            className="mono"
            spellCheck={false}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button
          type="submit"
          className={confirming || kind === 'enter' ? 'primary' : ''}
          disabled={command.busy}
        >
          {command.busy
            ? t(confirming ? 'tasks.confirming' : 'tasks.entering')
            : t(confirming ? 'tasks.confirmAct' : 'tasks.enter')}
        </button>
        <ActionError error={command.error} />
      </div>
    </form>
  );
}
