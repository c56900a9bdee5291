import { useState } from 'react';
import { useTaskCommand } from './use-task-command';
import { ActionError } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import type { DrawVerification } from './task-types';

/** 验证本次抽取: the api re-runs the draw from the log at its recorded position and compares. */
export function VerifyDraw() {
  const { t } = useI18n();
  const { task } = useTaskDetail();
  const verify = useTaskCommand<DrawVerification>();
  const [result, setResult] = useState<DrawVerification>();
  const run = async () => {
    setResult(undefined);
    setResult(await verify.run('GET', `/api/tasks/${task.id}/draws/verify`));
  };
  return (
    <div className="inline-form">
      <div className="actions">
        <button type="button" onClick={() => void run()} disabled={verify.busy}>
          {verify.busy ? t('tasks.verifying') : t('tasks.verifyDraw')}
        </button>
        <ActionError error={verify.error} />
      </div>
      {result ? (
        <div role="status">
          {result.verified ? (
            <p className="verified">✓ {t('tasks.drawVerified', { pool: result.poolSize })}</p>
          ) : (
            <>
              <p className="mismatch">✗ {t('tasks.drawMismatch')}</p>
              <ul>
                {result.mismatches.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
