import type { PublicCheckpoint, PublicCheckpointKey, PublicCheckpoints } from '@app/contract';
import { useApi } from '../../api/use-api';
import { useCursorPaging } from '../../components/paging';
import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';

/**
 * 日志存证 (/public/checkpoints): the transparency log's signed checkpoints and the keys that sign
 * them. Whoever saves a checkpoint today can later prove that the history before it was not
 * rewritten (docs/api.md, "Transparency log").
 */
export function PublicCheckpointsSection() {
  const { t } = useI18n();
  const paging = useCursorPaging('/api/public/checkpoints');
  const loaded = useApi<PublicCheckpoints>('/api/public/checkpoints', {
    limit: 20,
    beforeSize: paging.cursor,
  });
  const next = loaded.data?.nextBeforeSize;
  const checkpointColumns: Column<PublicCheckpoint>[] = [
    { heading: t('public.checkpoints.time'), cell: (c) => c.time, csv: (c) => c.time },
    { heading: t('public.checkpoints.size'), cell: (c) => c.size, csv: (c) => String(c.size) },
    {
      heading: t('public.checkpoints.rootHash'),
      cell: (c) => <span className="mono">{c.rootHash}</span>,
      csv: (c) => c.rootHash,
    },
    { heading: t('public.checkpoints.keyId'), cell: (c) => <span className="mono">{c.keyId}</span> },
    {
      heading: t('public.checkpoints.note'),
      cell: (c) => (
        <details>
          <summary>{t('public.checkpoints.showNote')}</summary>
          <pre className="mono">{c.note}</pre>
        </details>
      ),
      csv: (c) => c.note,
    },
  ];
  const keyColumns: Column<PublicCheckpointKey>[] = [
    { heading: t('public.checkpoints.keyId'), cell: (k) => <span className="mono">{k.keyId}</span> },
    {
      heading: t('public.checkpoints.verifierKey'),
      cell: (k) => <span className="mono">{k.verifierKey}</span>,
    },
    { heading: t('public.checkpoints.validFrom'), cell: (k) => k.validFrom },
    {
      heading: t('public.checkpoints.validUntil'),
      cell: (k) => k.validUntil ?? t('public.checkpoints.current'),
    },
  ];
  return (
    <section aria-labelledby="public-checkpoints">
      <h2 id="public-checkpoints">{t('public.checkpoints.title')}</h2>
      <p className="rx-muted">{t('public.checkpoints.intro')}</p>
      <Async loaded={loaded} keep>
        {(answer) => (
          <>
            <DataTable
              caption={t('public.checkpoints.caption')}
              columns={checkpointColumns}
              rows={answer.items}
              rowKey={(c) => `${c.keyId}|${c.size}`}
              csvName="transparency-checkpoints"
              onNextPage={next ? () => paging.next(String(next)) : undefined}
              onPreviousPage={paging.previous}
            />
            <DataTable
              caption={t('public.checkpoints.keysCaption')}
              columns={keyColumns}
              rows={answer.keys}
              rowKey={(k) => k.keyId}
            />
          </>
        )}
      </Async>
    </section>
  );
}
