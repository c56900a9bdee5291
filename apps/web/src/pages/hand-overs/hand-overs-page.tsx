import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { useDepartments } from '../../api/use-departments';
import { Field } from '../../components/field';
import { Async } from '../../components/states';
import { DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { HandOverAnswer } from './hand-over-answer';
import {
  HAND_OVER_DIRECTIONS,
  HAND_OVER_STATUSES,
  type HandOverDirection,
  type HandOverItem,
  mayAnswer,
} from './hand-overs-logic';
import { isOneOf } from '../../api/vocabulary';

/**
 * 迁出企业移交 (Yiyuan 二十八): businesses that moved away during a task, handed over between
 * departments. Received (the default): to take into a task of our own or decline; sent: to follow.
 */
export function HandOversPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const { nameOf } = useDepartments();
  const [params, setParams] = useSearchParams();
  const asked = params.get('direction') ?? '';
  const direction: HandOverDirection = isOneOf(HAND_OVER_DIRECTIONS, asked) ? asked : 'received';
  const status = params.get('status') ?? '';
  const loaded = useApi<{ items: HandOverItem[] }>('/api/hand-overs', { direction, status });
  const choose = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const roles = session?.roles ?? [];
  const answerable = (item: HandOverItem) => mayAnswer(item, direction, roles);
  return (
    <>
      <h1>{t('handOvers.title')}</h1>
      <p className="field-hint">{t('handOvers.intro')}</p>
      <form
        className="card form-row"
        role="search"
        aria-label={t('handOvers.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <Field label={t('handOvers.direction')}>
          {(props) => (
            <select {...props} value={direction} onChange={(e) => choose('direction', e.target.value)}>
              {HAND_OVER_DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`handOvers.direction.${d}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('handOvers.statusFilter')}>
          {(props) => (
            <select {...props} value={status} onChange={(e) => choose('status', e.target.value)}>
              <option value="">{t('handOvers.anyStatus')}</option>
              {HAND_OVER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`handOvers.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      <Async loaded={loaded}>
        {(answer) => (
          <DataTable
            caption={t(`handOvers.caption.${direction}`, { n: answer.items.length })}
            rows={answer.items}
            rowKey={(h) => `${h.taskId}|${h.entityId}`}
            csvName={t(`handOvers.csv.${direction}`)}
            actionsLast
            columns={[
              { heading: t('handOvers.entity'), cell: (h) => h.entityName, csv: (h) => h.entityName },
              {
                heading: t('handOvers.fromTask'),
                cell: (h) => <Link to={`/tasks/${h.taskId}`}>{h.taskName}</Link>,
                csv: (h) => h.taskName,
              },
              {
                heading: t('handOvers.from'),
                cell: (h) => nameOf(h.fromDepartmentId),
                csv: (h) => nameOf(h.fromDepartmentId),
              },
              {
                heading: t('handOvers.to'),
                cell: (h) => `${nameOf(h.toDepartmentId)}（${h.toRegionCode}）`,
                csv: (h) => nameOf(h.toDepartmentId),
              },
              { heading: t('handOvers.note'), cell: (h) => h.note, csv: (h) => h.note },
              {
                heading: t('handOvers.handedOverOn'),
                cell: (h) => h.handedOverOn,
                csv: (h) => h.handedOverOn,
              },
              {
                heading: t('common.status'),
                cell: (h) => <Outcome item={h} />,
                csv: (h) => t(`handOvers.status.${h.status}`),
              },
              {
                heading: t('common.actions'),
                cell: (h) =>
                  answerable(h) ? (
                    <HandOverAnswer item={h} departmentId={h.toDepartmentId} onAnswered={loaded.reload} />
                  ) : null,
              },
            ]}
          />
        )}
      </Async>
    </>
  );
}

function Outcome({ item }: { item: HandOverItem }) {
  const { t } = useI18n();
  const tone = item.status === 'awaiting' ? 'badge-warn' : item.status === 'taken' ? 'badge-ok' : 'badge-bad';
  return (
    <>
      <span className={`badge ${tone}`}>{t(`handOvers.status.${item.status}`)}</span>
      {item.answeredOn ? ` ${item.answeredOn}` : ''}
      {item.intoTaskId ? (
        <>
          {' '}
          <Link to={`/tasks/${item.intoTaskId}`}>{t('handOvers.intoTaskLink')}</Link>
        </>
      ) : null}
      {item.declineReason ? ` ${t('handOvers.declinedBecause', { reason: item.declineReason })}` : ''}
    </>
  );
}
