import type { CaseFileAnswer, CaseFileEntry, CaseFileTask, CaseFileYear } from '@app/contract';
import { useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { downloadWithToken } from '../../api/files';
import { useApi } from '../../api/use-api';
import { useDepartments } from '../../api/use-departments';
import { beijingTime } from '../../components/dates';
import { ActionError } from '../../components/field';
import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { type MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { ActionPanel, Done } from './action-panel';

const PAGE = 50;
const KINDS = [
  'drawn',
  'result',
  'publication',
  'publicationStopped',
  'nonPublication',
  'correction',
  'objection',
  'followUp',
  'rectification',
  'evidence',
  'sharedVisit',
  'withdrawn',
  'handedOver',
  'taskCancelled',
  'exported',
  'referral',
  'listing',
] as const;

/** The roles that may read a case file (the api checks the department per entity). */
export const CASE_FILE_READERS = ['operator', 'inspector', 'head', 'principal', 'supervisor', 'auditor'];

const kindKey = (kind: string): MessageKey | undefined =>
  (KINDS as readonly string[]).includes(kind)
    ? (`registers.caseFile.kind.${kind as (typeof KINDS)[number]}` as const)
    : undefined;

/** The entry's detail and later steps, as plain `key: value` text (codes as the api gives them). */
function detailText(entry: CaseFileEntry): string {
  const own = Object.entries(entry.detail).map(([k, v]) => `${k}: ${String(v)}`);
  const steps = (entry.steps ?? []).map(
    (s) =>
      `${s.act} ${beijingTime(s.at)} ${Object.entries(s.detail)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join(', ')}`,
  );
  return [own.join(', '), ...steps].filter(Boolean).join(' · ');
}

/** 档案: an entity's case file in time order, page by page, with its export (ZIP). */
export function CaseFileSection({
  entity,
  onClose,
}: {
  entity: { id: string; name: string };
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { session } = useSession();
  const { nameOf } = useDepartments();
  const [cursors, setCursors] = useState<string[]>([]);
  const path = `/api/entities/${encodeURIComponent(entity.id)}/case-file`;
  const cursor = cursors.at(-1);
  const loaded = useApi<CaseFileAnswer>(path, { limit: PAGE, ...(cursor ? { cursor } : {}) });
  const [error, setError] = useState<ApiFailure>();
  const [done, setDone] = useState<string>();
  const download = async () => {
    setError(undefined);
    setDone(undefined);
    try {
      const name = await downloadWithToken(`${path}.zip`, session?.token, `case-file-${entity.id}.zip`);
      setDone(t('registers.caseFile.downloaded', { name }));
      loaded.reload();
    } catch (failure) {
      setError(failure as ApiFailure);
    }
  };
  const taskColumns: Column<CaseFileTask>[] = [
    { heading: t('registers.caseFile.task'), cell: (task) => `${task.name}（${task.taskId}）` },
    {
      heading: t('registers.caseFile.type'),
      cell: (task) =>
        `${t(task.type === 'planned' ? 'registers.caseFile.planned' : 'registers.caseFile.adhoc')}${
          task.joint ? ` · ${t('registers.caseFile.joint')}` : ''
        }`,
    },
    {
      heading: t('registers.caseFile.departments'),
      cell: (task) => task.departmentIds.map(nameOf).join(t('registers.sep')),
    },
    { heading: t('registers.caseFile.window'), cell: (task) => `${task.window.from} – ${task.window.to}` },
    {
      heading: t('registers.caseFile.drawnAt'),
      cell: (task) => (task.drawnAt ? beijingTime(task.drawnAt) : ''),
    },
  ];
  const yearColumns: Column<CaseFileYear>[] = [
    { heading: t('registers.caseFile.year'), cell: (y) => y.year },
    { heading: t('registers.caseFile.count'), cell: (y) => y.count },
    { heading: t('registers.caseFile.task'), cell: (y) => y.taskIds.join(t('registers.sep')) },
  ];
  const entryColumns: Column<CaseFileEntry>[] = [
    { heading: t('registers.caseFile.at'), cell: (e) => <span className="nowrap">{beijingTime(e.at)}</span> },
    { heading: t('registers.caseFile.task'), cell: (e) => <span className="mono">{e.taskId ?? ''}</span> },
    {
      heading: t('registers.caseFile.departments'),
      cell: (e) => (e.departmentId ? nameOf(e.departmentId) : ''),
    },
    {
      heading: t('registers.caseFile.what'),
      cell: (e) => {
        const key = kindKey(e.kind);
        return key ? t(key) : e.kind;
      },
    },
    {
      heading: t('registers.caseFile.detail'),
      cell: (e) => (
        <span className="rx-text">
          {detailText(e)}
          {e.withheld ? ` (${t('registers.caseFile.withheld')})` : ''}
        </span>
      ),
    },
  ];
  return (
    <ActionPanel
      title={t('registers.caseFile.title', { name: loaded.data?.entity.name ?? entity.name })}
      onClose={onClose}
    >
      <p className="rx-intro">{t('registers.caseFile.intro')}</p>
      <p>
        <button type="button" className="primary" onClick={() => void download()}>
          {t('registers.caseFile.download')}
        </button>
      </p>
      <ActionError error={error} />
      <Done message={done} />
      <Async loaded={loaded} keep>
        {(file) => (
          <>
            <p className="field-hint">
              {t(file.scope === 'all' ? 'registers.caseFile.scopeAll' : 'registers.caseFile.scopeDepartment')}
            </p>
            <DataTable
              caption={t('registers.caseFile.tasks')}
              columns={taskColumns}
              rows={file.tasks}
              rowKey={(task) => task.taskId}
            />
            <DataTable
              caption={t('registers.caseFile.years')}
              columns={yearColumns}
              rows={file.yearlyChecks}
              rowKey={(y) => String(y.year)}
            />
            {file.entries.length === 0 ? (
              <p className="field-hint">{t('registers.caseFile.none')}</p>
            ) : (
              <DataTable
                caption={t('registers.caseFile.entries')}
                columns={entryColumns}
                rows={file.entries}
                rowKey={(e) => e.id}
                csvName={`case-file-${entity.id}`}
              />
            )}
            <p>
              {cursors.length > 0 ? (
                <button type="button" onClick={() => setCursors([])}>
                  {t('registers.caseFile.first')}
                </button>
              ) : null}{' '}
              {file.nextCursor ? (
                <button type="button" onClick={() => setCursors([...cursors, file.nextCursor ?? ''])}>
                  {t('registers.caseFile.more')}
                </button>
              ) : null}
            </p>
          </>
        )}
      </Async>
    </ActionPanel>
  );
}
