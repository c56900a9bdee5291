import type { PublicDrawDifference } from '@app/domain/draws/public-draw-check';
import { useI18n } from '../../../i18n/i18n';
import { useDepartmentNames } from '../use-department-names';
import { useVerification } from './use-verification';

/**
 * The check itself: the bundle fetched (or a saved file chosen) and the draw re-run in this
 * browser, with the verdict or the first difference in plain words.
 */
export function VerifyPanel({ taskId }: { taskId: string }) {
  const { t } = useI18n();
  const { state, start } = useVerification();
  const describe = useDifference();
  const url = `/api/public/tasks/${encodeURIComponent(taskId)}/draw/bundle`;
  return (
    <section aria-labelledby="verify-run" className="verify-run">
      <h3 id="verify-run">{t('public.verify.run')}</h3>
      <p className="rx-muted">{t('public.verify.trust')}</p>
      <div className="verify-actions">
        <button type="button" onClick={() => start({ url })} disabled={state.phase === 'running'}>
          {t('public.verify.run')}
        </button>
        <a href={url} download>
          {t('public.verify.download')}
        </a>
        <label>
          {t('public.verify.file')}{' '}
          <input
            type="file"
            accept=".ndjson,.json,.gz,application/x-ndjson"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) start({ file });
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      <div aria-live="polite">
        {state.phase === 'running' ? <p>{t('public.verify.running', { lines: state.lines })}</p> : null}
        {state.phase === 'failed' ? (
          <p className="verify-failed">{t('public.verify.readFailed', { message: state.message })}</p>
        ) : null}
        {state.phase === 'done' && state.verdict.verified ? (
          <div className="verify-verified">
            <p>
              <strong>{t('public.verify.verified')}</strong>
              {state.source === 'file' ? ` ${t('public.verify.fromFile')}` : ''}
            </p>
            <p className="mono">
              {t('public.verify.verifiedDetail', {
                entities: state.verdict.entities,
                poolSize: state.verdict.poolSize,
                poolDigest: state.verdict.poolDigest,
                selectedDigest: state.verdict.selectedDigest,
              })}
            </p>
          </div>
        ) : null}
        {state.phase === 'done' && !state.verdict.verified ? (
          <div className="verify-failed">
            <p>
              <strong>
                {t('public.verify.failed', { difference: describe(state.verdict.differences[0]) })}
              </strong>
              {state.source === 'file' ? ` ${t('public.verify.fromFile')}` : ''}
            </p>
            {state.verdict.differences.length > 1 ? (
              <p>{t('public.verify.moreDifferences', { count: state.verdict.differences.length - 1 })}</p>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}

/** A difference in plain words; a seed named by its kind and department. */
function useDifference() {
  const { t } = useI18n();
  const departmentName = useDepartmentNames();
  const seedName = (subject = '') => {
    const [group, departmentId] = subject.split('.');
    if (group === 'lead') return t('public.verify.kind.lead');
    const kind = group === 'contributions' ? 'contribution' : 'inspectors';
    return `${t(`public.verify.kind.${kind}`)}（${departmentName(departmentId ?? '')}）`;
  };
  return (d: PublicDrawDifference) =>
    t(`public.verify.diff.${d.kind}`, {
      subject: d.kind === 'seed-commitment' ? seedName(d.subject) : (d.subject ?? ''),
      recorded: d.recorded ?? '—',
      recomputed: d.recomputed ?? '—',
    });
}
