import { Fragment } from 'react';
import { BEACON_SOURCES } from '@app/domain';
import { beijingTime } from '../../components/dates';
import { useI18n } from '../../i18n/i18n';
import { type SeedCheck as Checked, seedChecks } from './beacon-view';
import { useTaskDetail } from './detail-context';
import { OperatorTrustedBadge } from './operator-trusted-badge';
import type { EntityDrawRecord } from './task-types';

/** Whether a revealed seed hashes to the commitment recorded before the draw, checked in this browser. */
function SeedCheck({ matches }: { matches: boolean }) {
  const { t } = useI18n();
  return matches ? (
    <span className="verified">✓ {t('tasks.seedMatches')}</span>
  ) : (
    <span className="mismatch">✗ {t('tasks.seedDiffers')}</span>
  );
}

/** Whose seed a check is about, in words. */
function useSeedName() {
  const { t } = useI18n();
  const { departmentName } = useTaskDetail();
  return (c: Checked) => t(`tasks.seedKind.${c.kind}`, { department: departmentName(c.departmentId) });
}

/**
 * The draw as an auditor reads it: every seed kept its promise (each hashed here, with the very
 * function the api committed with), the beacon round and value, the pool, the strata, the exclusions.
 */
export function DrawRecordView({ record }: { record: EntityDrawRecord }) {
  const { t, locale } = useI18n();
  const { task } = useTaskDetail();
  const seedName = useSeedName();
  const checks = seedChecks(task, record);
  const beacon = record.beacon;
  const source = beacon ? BEACON_SOURCES[beacon.source] : undefined;
  const strata = Object.keys(record.poolSizes).sort();
  const stratum = (s: string) => (s === 'all' ? t('tasks.stratumAll') : t('tasks.stratumClass', { c: s }));
  const e = record.exclusions;
  return (
    <dl className="facts">
      {record.seeds ? (
        <>
          <dt>{t('tasks.seedsCheck')}</dt>
          <dd>
            <ul className="seed-checks">
              {checks.map((c) => (
                <li key={`${c.kind}:${c.departmentId}`}>
                  {seedName(c)}：<SeedCheck matches={c.matches} />
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t('tasks.beaconRecord')}</dt>
          <dd>
            {beacon ? (
              t('tasks.beaconRecordIs', {
                source: source ? source.name[locale] : beacon.source,
                round: beacon.round,
                date: beacon.drawDate ? t('tasks.beaconDrawDateIs', { date: beacon.drawDate }) : '',
                time: beijingTime(beacon.publishedAt),
                value: beacon.value,
              })
            ) : (
              <OperatorTrustedBadge reason={record.operatorTrusted?.reason ?? ''} />
            )}
          </dd>
        </>
      ) : (
        <>
          <dt>{t('tasks.seedCheck')}</dt>
          <dd>
            <SeedCheck matches={checks[0].matches} />
          </dd>
          <dt>{t('tasks.publicRandom')}</dt>
          <dd>{record.publicRandom || t('common.none')}</dd>
        </>
      )}
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
  const seedName = useSeedName();
  return (
    <dl className="facts">
      {record?.seeds ? (
        seedChecks(task, record).map((c) => (
          <Fragment key={`${c.kind}:${c.departmentId}`}>
            <dt>{seedName(c)}</dt>
            <dd className="mono">
              {t('tasks.seedCommitmentOf')} {c.commitment ?? t('common.none')}
              <br />
              {t('tasks.seedRevealedOf')} {c.seed}
            </dd>
          </Fragment>
        ))
      ) : (
        <>
          <dt>{t('tasks.seedCommitment')}</dt>
          <dd className="mono">{task.seedCommitment}</dd>
        </>
      )}
      {record ? (
        <>
          {record.seeds ? null : (
            <>
              <dt>{t('tasks.revealedSeed')}</dt>
              <dd className="mono">{record.seed}</dd>
            </>
          )}
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
