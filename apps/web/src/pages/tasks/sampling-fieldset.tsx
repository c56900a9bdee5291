import type { ApiFailure } from '../../api/client';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import type { TaskDraft } from './task-form';
import { CREDIT_RISK_CLASSES } from '../../api/vocabulary';

/** By a count, or by a ratio — one ratio, or one per credit-risk class (strata drawn separately). */
export function SamplingFieldset({
  draft,
  change,
  error,
}: {
  draft: TaskDraft;
  change: (patch: Partial<TaskDraft>) => void;
  error?: ApiFailure;
}) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="sampling-title">
      <h2 id="sampling-title">{t('tasks.samplingTitle')}</h2>
      <fieldset className="field choice-group">
        <legend>{t('tasks.samplingMode')}</legend>
        <div className="choices">
          {(['count', 'ratio'] as const).map((mode) => (
            <label key={mode} className="choice">
              <input
                type="radio"
                name="sampling-mode"
                checked={draft.samplingMode === mode}
                onChange={() => change({ samplingMode: mode })}
              />{' '}
              {t(`tasks.samplingBy.${mode}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {draft.samplingMode === 'count' ? (
        <Field label={t('tasks.samplingCount')} name="sampling.count" error={error} required>
          {(props) => (
            <input
              {...props}
              type="number"
              min={1}
              step={1}
              value={draft.count}
              onChange={(e) => change({ count: e.target.value })}
            />
          )}
        </Field>
      ) : (
        <>
          <Field
            label={t('tasks.samplingRatio')}
            name="sampling.ratio"
            error={error}
            required
            hint={t('tasks.samplingRatioHint')}
          >
            {(props) => (
              <input
                {...props}
                type="number"
                min={0}
                max={100}
                step="any"
                value={draft.ratioPercent}
                onChange={(e) => change({ ratioPercent: e.target.value })}
              />
            )}
          </Field>
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.byCreditRisk}
              onChange={(e) => change({ byCreditRisk: e.target.checked })}
            />{' '}
            {t('tasks.samplingByClass')}
          </label>
          {draft.byCreditRisk ? (
            <div className="form-row">
              {CREDIT_RISK_CLASSES.map((c) => (
                <Field
                  key={c}
                  label={t('tasks.samplingClassRatio', { c })}
                  name={`sampling.byCreditRisk.${c}`}
                  error={error}
                >
                  {(props) => (
                    <input
                      {...props}
                      type="number"
                      min={0}
                      max={100}
                      step="any"
                      value={draft.classPercents[c]}
                      onChange={(e) =>
                        change({ classPercents: { ...draft.classPercents, [c]: e.target.value } })
                      }
                    />
                  )}
                </Field>
              ))}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
