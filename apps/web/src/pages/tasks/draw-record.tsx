import { commitmentOf } from '@app/domain';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import type { EntityDrawRecord } from './task-types';

/** Whether the revealed seed hashes to the commitment made at initiation, checked in this browser. */
function SeedCheck({ seed, commitment }: { seed: string; commitment: string }) {
  const { t } = useI18n();
  // The very function the api committed with and the auditor's library verifies with.
  const matches = commitmentOf(seed) === commitment;
  return matches ? (
    <span className="verified">✓ {t('tasks.seedMatches')}</span>
  ) : (
    <span className="mismatch">✗ {t('tasks.seedDiffers')}</span>
  );
}

/** The draw as an auditor reads it: the seed kept its promise, the pool, the strata, the exclusions. */
export function DrawRecordView({ record }: { record: EntityDrawRecord }) {
  const { t } = useI18n();
  const { task } = useTaskDetail();
  const strata = Object.keys(record.poolSizes).sort();
  const stratum = (s: string) => (s === 'all' ? t('tasks.stratumAll') : t('tasks.stratumClass', { c: s }));
  const e = record.exclusions;
  return (
    <dl className="facts">
      <dt>{t('tasks.seedCheck')}</dt>
      <dd>
        <SeedCheck seed={record.seed} commitment={task.seedCommitment} />
      </dd>
      <dt>{t('tasks.publicRandom')}</dt>
      <dd>{record.publicRandom || t('common.none')}</dd>
      <dt>{t('tasks.poolSize')}</dt>
      <dd>{record.poolSize}</dd>
      <dt>{t('tasks.strata')}</dt>
      <dd>
        {strata
          .map((s) =>
            t('tasks.stratumCounts', {
              stratum: stratum(s),
              pool: record.poolSizes[s],
              quota: record.quotas[s] ?? 0,
            }),
          )
          .join(t('common.clauseSeparator'))}
      </dd>
      <dt>{t('tasks.exclusions')}</dt>
      <dd>
        {t('tasks.exclusionCounts', {
          deregistered: e.deregistered,
          notMatching: e.notMatchingCriteria,
          cap: e.yearlyCap,
          exempt: e.capExemptions,
          limit: record.cap,
        })}
        {record.keyItems ? ` ${t('tasks.keyItemsExempt')}` : ''}
        {record.specialActionReason
          ? ` ${t('tasks.specialActionIs', { reason: record.specialActionReason })}`
          : ''}
      </dd>
      <dt>{t('tasks.selectedCount')}</dt>
      <dd>{record.selectedCount}</dd>
    </dl>
  );
}

/** What a technical check needs: the seed and its commitment, the algorithm, where the pool was read, the digests. */
export function DrawTechnicalFacts({ record }: { record?: EntityDrawRecord }) {
  const { t } = useI18n();
  const { task } = useTaskDetail();
  return (
    <dl className="facts">
      <dt>{t('tasks.seedCommitment')}</dt>
      <dd className="mono">{task.seedCommitment}</dd>
      {record ? (
        <>
          <dt>{t('tasks.revealedSeed')}</dt>
          <dd className="mono">{record.seed}</dd>
          <dt>{t('tasks.algorithm')}</dt>
          <dd className="mono">{record.algorithm}</dd>
          <dt>{t('tasks.logPosition')}</dt>
          <dd>{t('tasks.logPositionIs', { n: record.position })}</dd>
          <dt>{t('tasks.poolDigest')}</dt>
          <dd className="mono">{record.poolDigest}</dd>
          <dt>{t('tasks.selectedDigest')}</dt>
          <dd className="mono">{record.selectedDigest}</dd>
        </>
      ) : null}
    </dl>
  );
}
