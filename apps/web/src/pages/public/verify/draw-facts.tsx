import type { PublicDrawAnswer, PublicSeedCommitment } from '@app/contract';
import { BEACON_SOURCES } from '@app/domain/draws/beacon';
import { type Column, DataTable } from '../../../components/table';
import { useI18n } from '../../../i18n/i18n';
import { useDepartmentNames } from '../use-department-names';

/** When, in Beijing time, as the portal writes it. */
export const beijing = (iso: string): string =>
  new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

/** What a task committed to and when, its beacon, P and its draw record: the public facts. */
export function DrawFacts({ draw }: { draw: PublicDrawAnswer }) {
  const { t, locale } = useI18n();
  const departmentName = useDepartmentNames();
  const { record } = draw.draw;
  const commitmentColumns: Column<PublicSeedCommitment>[] = [
    { heading: t('public.verify.kind'), cell: (c) => t(`public.verify.kind.${c.kind}`) },
    { heading: t('public.verify.department'), cell: (c) => departmentName(c.departmentId) },
    { heading: t('public.verify.commitment'), cell: (c) => <span className="mono">{c.commitment}</span> },
    { heading: t('public.verify.recordedAt'), cell: (c) => beijing(c.recordedAt) },
    { heading: t('public.verify.position'), cell: (c) => c.position },
    {
      heading: t('public.verify.revealed'),
      cell: (c) => (c.revealed ? <span className="mono">{c.revealed}</span> : t('public.verify.notRevealed')),
    },
  ];
  const inspectorColumns: Column<PublicDrawAnswer['inspectorDraws'][number]>[] = [
    { heading: t('public.verify.department'), cell: (d) => departmentName(d.departmentId) },
    { heading: t('public.verify.algorithm'), cell: (d) => <span className="mono">{d.algorithm}</span> },
    { heading: t('public.verify.perEntity'), cell: (d) => d.perEntity },
    { heading: t('public.verify.candidates'), cell: (d) => d.candidates },
    { heading: t('public.verify.appointed'), cell: (d) => d.appointed },
    { heading: t('public.verify.recordedAt'), cell: (d) => beijing(d.recordedAt) },
    { heading: t('public.verify.position'), cell: (d) => d.position },
  ];
  const by = (fact: { departmentId: string; recordedAt: string; position: number }) =>
    t('public.verify.beaconBy', {
      department: departmentName(fact.departmentId),
      at: beijing(fact.recordedAt),
      position: fact.position,
    });
  const beacon = draw.beacon;
  return (
    <>
      {draw.operatorTrusted ? (
        <p className="verify-warning" role="note">
          {t('public.verify.operatorTrusted', {
            reason: draw.operatorTrusted.reason ?? t('public.verify.reasonNotPublic'),
          })}
        </p>
      ) : null}
      <h3>{t('public.verify.summary')}</h3>
      <dl className="verify-facts">
        <dt>{t('public.verify.name')}</dt>
        <dd>{draw.name}</dd>
        <dt>{t('public.verify.lead')}</dt>
        <dd>{departmentName(draw.leadDepartmentId)}</dd>
        <dt>{t('public.verify.status')}</dt>
        <dd>{t(`public.verify.status.${draw.status}`)}</dd>
        <dt>{t('public.verify.algorithm')}</dt>
        <dd className="mono">{draw.algorithm}</dd>
        <dt>{t('public.verify.frozen')}</dt>
        <dd>
          {t('public.verify.frozenValue', {
            pool: draw.frozen.poolPosition,
            at: beijing(draw.frozen.frozenAt),
            position: draw.frozen.position,
          })}
        </dd>
      </dl>
      <h3>{t('public.verify.commitments')}</h3>
      <DataTable
        caption={t('public.verify.commitmentsCaption')}
        columns={commitmentColumns}
        rows={draw.commitments}
        rowKey={(c) => `${c.kind}:${c.departmentId}`}
      />
      <h3>{t('public.verify.beacon')}</h3>
      {beacon ? (
        <dl className="verify-facts">
          <dt>{t('public.verify.beaconSource')}</dt>
          <dd>{BEACON_SOURCES[beacon.source]?.name[locale] ?? beacon.source}</dd>
          <dt>{t('public.verify.beaconRound')}</dt>
          <dd>{beacon.round}</dd>
          <dt>{t('public.verify.beaconPublishedAt')}</dt>
          <dd>{beijing(beacon.publishedAt)}</dd>
          <dt>{t('public.verify.beaconNamed')}</dt>
          <dd>{beijing(beacon.named.recordedAt)}</dd>
          {beacon.entered ? (
            <>
              <dt>{t('public.verify.beaconEntered')}</dt>
              <dd>{by(beacon.entered)}</dd>
            </>
          ) : null}
          {beacon.confirmed ? (
            <>
              <dt>{t('public.verify.beaconConfirmed')}</dt>
              <dd>{by(beacon.confirmed)}</dd>
              <dt>{t('public.verify.beaconValue')}</dt>
              <dd className="mono">{beacon.confirmed.value}</dd>
            </>
          ) : null}
        </dl>
      ) : draw.operatorTrusted ? null : (
        <p>
          {t('public.verify.noBeacon')} {t('public.verify.publicRandom')}：
          <span className="mono">{record.publicRandom || '—'}</span>
        </p>
      )}
      <h3>{t('public.verify.record')}</h3>
      <dl className="verify-facts">
        <dt>{t('public.verify.drawnAt')}</dt>
        <dd>
          {beijing(draw.draw.recordedAt)}（{t('public.verify.position')} {draw.draw.position}）
        </dd>
        <dt>{t('public.verify.poolSize')}</dt>
        <dd>{record.poolSize}</dd>
        <dt>{t('public.verify.quotas')}</dt>
        <dd className="mono">{JSON.stringify(record.quotas)}</dd>
        <dt>{t('public.verify.exclusions')}</dt>
        <dd>{t('public.verify.exclusionsValue', { ...record.exclusions })}</dd>
        <dt>{t('public.verify.drawnCount')}</dt>
        <dd>{draw.draw.drawnCount}</dd>
        <dt>{t('public.verify.poolDigest')}</dt>
        <dd className="mono">{record.poolDigest}</dd>
        <dt>{t('public.verify.selectedDigest')}</dt>
        <dd className="mono">{record.selectedDigest}</dd>
      </dl>
      {draw.inspectorDraws.length > 0 ? (
        <>
          <h3>{t('public.verify.inspectorDraws')}</h3>
          <DataTable
            caption={t('public.verify.inspectorDrawsCaption')}
            columns={inspectorColumns}
            rows={draw.inspectorDraws}
            rowKey={(d) => d.departmentId}
          />
        </>
      ) : null}
    </>
  );
}
