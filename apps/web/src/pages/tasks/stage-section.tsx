import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { Stage } from './stages';

/**
 * One stage of the task as a disclosure (the accordion pattern): its heading is a button that
 * opens or closes it, and says whether this is where the task stands now.
 */
export function StageSection({
  stage,
  open,
  current,
  onToggle,
  children,
}: {
  stage: Stage | 'technical';
  open: boolean;
  current: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const panel = `stage-${stage}`;
  return (
    <section className="stage" aria-labelledby={`${panel}-title`}>
      <h2 id={`${panel}-title`} className="stage-title">
        <button type="button" aria-expanded={open} aria-controls={panel} onClick={onToggle}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t(`tasks.stage.${stage}`)}
          {current ? <span className="badge badge-ok">{t('tasks.stageCurrent')}</span> : null}
        </button>
      </h2>
      <div id={panel} hidden={!open}>
        {open ? children : null}
      </div>
    </section>
  );
}
