import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { DrawTechnicalFacts } from './draw-record';

/**
 * 技术详情: the draw's seed, algorithm, digests and where its pool was read, in words an auditor
 * reads; the checks themselves are the console's own (验证本次抽取, the audit page's chain check).
 */
export function TechnicalDetails() {
  const { t } = useI18n();
  const { task, facts } = useTaskDetail();
  return (
    <div className="card">
      <p className="field-hint">{t('tasks.technicalExplained')}</p>
      <DrawTechnicalFacts record={facts?.entityDraw} />
      <p>
        {task.entityIds !== null ? t('tasks.technicalVerifyDraw') : null}{' '}
        <Link to={`/audit/tasks/${task.id}`}>{t('tasks.technicalChainCheck')}</Link>
      </p>
    </div>
  );
}
