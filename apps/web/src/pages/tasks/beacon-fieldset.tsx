import type { DrawBeaconPolicy } from '@app/contract';
import type { ApiFailure } from '../../api/client';
import { beijingTime } from '../../components/dates';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { publicationOf, withoutBeaconAllowed } from './beacon-view';
import type { TaskDraft } from './task-form';

/**
 * 抽取随机源: the public beacon round the draw will wait for (its source, round and, for a daily
 * lottery, its date, with the publication time in Beijing), or — where the deployment allows it
 * for this task — no beacon, with a reason (docs/draw.md §2).
 */
export function BeaconFieldset({
  draft,
  change,
  error,
  policy,
  policyProblem,
}: {
  draft: TaskDraft;
  change: (patch: Partial<TaskDraft>) => void;
  error?: ApiFailure;
  policy?: DrawBeaconPolicy;
  /** Why the policy could not be read, if it could not. */
  policyProblem?: string;
}) {
  const { t, locale } = useI18n();
  const allowed = withoutBeaconAllowed(policy, draft.basis);
  const mode = allowed ? draft.beaconMode : 'beacon';
  const sources = policy?.sources ?? [];
  const source = sources.find((s) => s.id === draft.beaconSource) ?? sources[0];
  const daily = source?.publication.kind === 'daily';
  const publishedAt = publicationOf(source, draft.beaconRound, daily ? draft.beaconDrawDate : '');
  return (
    <section className="card" aria-labelledby="beacon-title">
      <h2 id="beacon-title">{t('tasks.beaconTitle')}</h2>
      <p className="field-hint">{t('tasks.beaconWhy')}</p>
      {policyProblem ? (
        <p className="action-error" role="alert">
          {t('tasks.beaconPolicyUnavailable', { message: policyProblem })}
        </p>
      ) : null}
      {allowed ? (
        <fieldset className="field choice-group">
          <legend>{t('tasks.beaconMode')}</legend>
          <div className="choices">
            {(['beacon', 'without'] as const).map((m) => (
              <label key={m} className="choice">
                <input
                  type="radio"
                  name="beacon-mode"
                  checked={mode === m}
                  onChange={() => change({ beaconMode: m })}
                />{' '}
                {t(`tasks.beaconMode.${m}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {mode === 'beacon' ? (
        <>
          <Field label={t('tasks.beaconSource')} name="beacon.source" error={error} required>
            {(props) => (
              <select
                {...props}
                value={source?.id ?? ''}
                onChange={(e) => change({ beaconSource: e.target.value })}
              >
                {sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name[locale]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form-row">
            <Field
              label={t('tasks.beaconRound')}
              name="beacon.round"
              error={error}
              required
              hint={source ? t('tasks.beaconRoundHint', { example: source.round.example }) : undefined}
            >
              {(props) => (
                <input
                  {...props}
                  inputMode="numeric"
                  autoComplete="off"
                  value={draft.beaconRound}
                  onChange={(e) => change({ beaconRound: e.target.value })}
                />
              )}
            </Field>
            {daily ? (
              <Field
                label={t('tasks.beaconDrawDate')}
                name="beacon.drawDate"
                error={error}
                required
                hint={t('tasks.beaconDrawDateHint')}
              >
                {(props) => (
                  <input
                    {...props}
                    type="date"
                    value={draft.beaconDrawDate}
                    onChange={(e) => change({ beaconDrawDate: e.target.value })}
                  />
                )}
              </Field>
            ) : null}
          </div>
          <p className="field-hint" aria-live="polite">
            {publishedAt
              ? t('tasks.beaconPublishedAtIs', { time: beijingTime(publishedAt) })
              : t('tasks.beaconPublishedUnknown')}
          </p>
        </>
      ) : (
        <Field
          label={t('tasks.withoutBeaconReason')}
          name="withoutBeaconReason"
          error={error}
          hint={
            draft.basis === 'adhoc' && policy?.withoutBeacon === 'urgent-adhoc'
              ? t('tasks.withoutBeaconAdhocHint')
              : t('tasks.withoutBeaconHint')
          }
        >
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={draft.withoutBeaconReason}
              onChange={(e) => change({ withoutBeaconReason: e.target.value })}
            />
          )}
        </Field>
      )}
    </section>
  );
}
