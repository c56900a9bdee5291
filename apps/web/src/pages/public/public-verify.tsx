import type { PublicDrawAnswer } from '@app/contract';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { Async, Empty } from '../../components/states';
import { useI18n } from '../../i18n/i18n';
import { DrawFacts } from './verify/draw-facts';
import { VerifyPanel } from './verify/verify-panel';
import './verify/verify.css';

/** 抽取核验 (/public/verify/:taskId, no sign-in): a task's draw facts and the check in this browser. */
export function PublicVerifySection() {
  const { t } = useI18n();
  const { taskId } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(taskId ?? '');
  const draw = useApi<PublicDrawAnswer>(
    taskId ? `/api/public/tasks/${encodeURIComponent(taskId)}/draw` : undefined,
  );
  return (
    <section aria-labelledby="public-verify">
      <h2 id="public-verify">{t('public.verify.title')}</h2>
      <p className="rx-muted">{t('public.verify.intro')}</p>
      <form
        className="verify-actions"
        onSubmit={(e) => {
          e.preventDefault();
          if (typed.trim()) void navigate(`/public/verify/${encodeURIComponent(typed.trim())}`);
        }}
      >
        <label>
          {t('public.verify.taskId')}{' '}
          <input value={typed} maxLength={100} onChange={(e) => setTyped(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('public.verify.open')}</button>
      </form>
      {taskId ? (
        <Async loaded={draw}>
          {(answer) => (
            <>
              <DrawFacts draw={answer} />
              <VerifyPanel taskId={answer.taskId} />
            </>
          )}
        </Async>
      ) : (
        <Empty>{t('public.verify.askFirst')}</Empty>
      )}
    </section>
  );
}
