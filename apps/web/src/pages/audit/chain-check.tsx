import type { ChainVerification } from '@app/contract';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/states';
import { useI18n } from '../../i18n/i18n';

type BrokenLinkReason = NonNullable<ChainVerification['brokenLink']>['reason'];

const REASONS = [
  'unsealed',
  'revision-gap',
  'previous-hash-mismatch',
  'content-hash-mismatch',
] as const satisfies readonly BrokenLinkReason[];

/** Tamper evidence: the task stream's hash chain checked against its events as stored. */
export function ChainCheck({ taskId }: { taskId: string }) {
  const { t } = useI18n();
  const [asked, setAsked] = useState(false);
  const check = useApi<ChainVerification>(asked ? '/api/audit/verify' : undefined, {
    stream: `inspectionTask-${taskId}`,
  });
  const reason = (code: string) => {
    const known = REASONS.find((r) => r === code);
    return known ? t(`audit.chain.reason.${known}`) : code;
  };
  return (
    <section className="card" aria-labelledby="chain-check">
      <h2 id="chain-check">{t('audit.chain.title')}</h2>
      <p className="rx-muted">{t('audit.chain.intro')}</p>
      <p>
        <button
          type="button"
          className="primary"
          disabled={check.loading}
          onClick={() => (asked ? check.reload() : setAsked(true))}
        >
          {check.loading ? t('audit.chain.verifying') : t('audit.chain.verify')}
        </button>
      </p>
      <div aria-live="polite">
        {asked ? (
          <Async loaded={check}>
            {(result) =>
              result.verified ? (
                <p className="badge badge-ok">{t('audit.chain.verified', { n: result.events })}</p>
              ) : (
                <p className="badge badge-bad">
                  {t('audit.chain.broken', {
                    revision: result.brokenLink?.revision ?? '?',
                    reason: reason(result.brokenLink?.reason ?? ''),
                  })}
                </p>
              )
            }
          </Async>
        ) : null}
      </div>
    </section>
  );
}
