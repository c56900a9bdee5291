import { AddUnavailable } from '../org/add-unavailable';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCommand } from '../../api/use-api';
import { Field } from '../../components/field';
import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { ActionPanel, Done } from './action-panel';
import { CASE_FILE_READERS, CaseFileSection } from './case-file-section';
import { EntityFields } from './entity-form';
import {
  EMPTY_ENTITY_FORM,
  type EntityForm,
  changeEntityBody,
  entityFormOf,
  registerEntityBody,
} from './entity-form-state';
import { EntitySearch, type EntityQuery, NO_ENTITY_QUERY } from './entity-search';
import { managesEntities } from './form-values';
import { ReasonForm } from './reason-form';
import { usePagedList } from './use-paged-list';
import type { EntityView } from './views';
import { CREDIT_RISK_CLASSES, type CreditRisk, SCALES, isOneOf } from '../../api/vocabulary';

type Panel =
  | { act: 'register' }
  | { act: 'change' | 'rerate' | 'deregister'; entity: EntityView }
  | { act: 'caseFile'; entity: { id: string; name: string } };

/** 检查对象名录库: search the directory; operators register, change, re-rate and deregister entries. */
export function EntitiesPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const manages = managesEntities(session);
  const [query, setQuery] = useState<EntityQuery>(NO_ENTITY_QUERY);
  const list = usePagedList<EntityView>('/api/entities', { ...query });
  const readsCaseFiles = !!session && session.roles.some((role) => CASE_FILE_READERS.includes(role));
  // ?caseFile=<entity id>: the link printed on a case file's summary opens it here.
  const [params] = useSearchParams();
  const linked = params.get('caseFile');
  const [panel, setPanel] = useState<Panel | undefined>(
    linked && readsCaseFiles ? { act: 'caseFile', entity: { id: linked, name: linked } } : undefined,
  );
  const [done, setDone] = useState<string>();
  const [risk, setRisk] = useState<CreditRisk>('A');
  const command = useCommand<{ id: string }>();
  const path = (entity: EntityView, act = '') => `/api/entities/${encodeURIComponent(entity.id)}${act}`;

  const open = (next: Panel) => {
    command.clear();
    setDone(undefined);
    if (next.act === 'rerate') setRisk(next.entity.creditRisk);
    setPanel(next);
  };
  const finish = (message: string) => {
    setPanel(undefined);
    setDone(message);
    list.reload();
  };
  const register = async (form: EntityForm) => {
    const answer = await command.run('POST', '/api/entities', registerEntityBody(form));
    if (answer) finish(t('registers.entities.registered', { id: answer.id }));
  };
  const change = async (entity: EntityView, form: EntityForm) => {
    const body = changeEntityBody(entity, form);
    if (Object.keys(body).length === 0) return finish(t('registers.noChanges'));
    if (await command.run('PATCH', path(entity), body)) finish(t('registers.saved'));
  };
  const rerate = async (entity: EntityView, reason: string) => {
    if (await command.run('POST', path(entity, '/credit-risk'), { creditRisk: risk, reason }))
      finish(t('registers.entities.rerated'));
  };
  const deregister = async (entity: EntityView, reason: string) => {
    if (await command.run('POST', path(entity, '/deregister'), { reason }))
      finish(t('registers.entities.deregistered'));
  };

  const columns: Column<EntityView>[] = [
    {
      heading: t('registers.entities.code'),
      cell: (e) => <span className="mono nowrap">{e.code}</span>,
      csv: (e) => e.code,
    },
    {
      heading: t('registers.entities.name'),
      cell: (e) => <span className="nowrap">{e.name}</span>,
      csv: (e) => e.name,
    },
    {
      heading: t('registers.entities.kind'),
      cell: (e) => <span className="nowrap">{t(`registers.kind.${e.kind}`)}</span>,
      csv: (e) => t(`registers.kind.${e.kind}`),
    },
    {
      heading: t('registers.entities.creditRisk'),
      cell: (e) => <span className="nowrap">{t(`registers.creditRisk.${e.creditRisk}`)}</span>,
      csv: (e) => e.creditRisk,
    },
    {
      heading: t('registers.entities.lists'),
      cell: (e) => (
        <>
          {e.abnormalList ? (
            <span className="badge badge-warn">{t('registers.entities.abnormalBadge')}</span>
          ) : null}{' '}
          {e.seriousViolationList ? (
            <span className="badge badge-bad">{t('registers.entities.seriousBadge')}</span>
          ) : null}
        </>
      ),
      csv: (e) =>
        [
          e.abnormalList ? t('registers.entities.abnormalBadge') : '',
          e.seriousViolationList ? t('registers.entities.seriousBadge') : '',
        ]
          .filter(Boolean)
          .join(t('registers.sep')),
    },
    {
      heading: t('registers.entities.complaints'),
      cell: (e) => e.complaintsThisYear,
      csv: (e) => e.complaintsThisYear,
    },
    { heading: t('registers.entities.region'), cell: (e) => e.regionCode, csv: (e) => e.regionCode },
    { heading: t('registers.entities.industry'), cell: (e) => e.industryCode, csv: (e) => e.industryCode },
    {
      heading: t('registers.entities.scale'),
      cell: (e) => (isOneOf(SCALES, e.scale) ? t(`registers.scale.${e.scale}`) : ''),
      csv: (e) => e.scale,
    },
    {
      heading: t('registers.entities.address'),
      cell: (e) => <span className="rx-text">{e.address}</span>,
      csv: (e) => e.address,
    },
    {
      heading: t('registers.entities.legalRepresentative'),
      cell: (e) => e.legalRepresentative ?? '',
      csv: (e) => e.legalRepresentative,
    },
    {
      heading: t('registers.entities.tags'),
      cell: (e) => e.tags.join(t('registers.sep')),
      csv: (e) => e.tags.join(t('registers.sep')),
    },
    {
      heading: t('registers.entities.status'),
      cell: (e) => (
        <span
          className={`badge ${e.status === 'registered' ? 'badge-ok' : 'badge-warn'}`}
          title={e.deregisteredReason}
        >
          {t(`registers.entityStatus.${e.status}`)}
        </span>
      ),
      csv: (e) => t(`registers.entityStatus.${e.status}`),
    },
  ];
  if (readsCaseFiles) {
    columns.splice(2, 0, {
      heading: t('registers.caseFile.open'),
      cell: (e) => (
        <button
          type="button"
          aria-label={t('registers.caseFile.openNamed', { name: e.name })}
          onClick={() => open({ act: 'caseFile', entity: e })}
        >
          {t('registers.caseFile.open')}
        </button>
      ),
    });
  }
  // The acts come right after the name: the directory is wide, and scrolls sideways.
  if (manages) {
    columns.splice(2, 0, {
      heading: t('registers.actions'),
      cell: (e) =>
        e.status === 'registered' ? (
          <span className="rx-row-actions">
            <button
              type="button"
              aria-label={t('registers.editNamed', { name: e.name })}
              onClick={() => open({ act: 'change', entity: e })}
            >
              {t('registers.edit')}
            </button>
            <button
              type="button"
              aria-label={t('registers.entities.rerateNamed', { name: e.name })}
              onClick={() => open({ act: 'rerate', entity: e })}
            >
              {t('registers.entities.rerate')}
            </button>
            <button
              type="button"
              aria-label={t('registers.entities.deregisterNamed', { name: e.name })}
              onClick={() => open({ act: 'deregister', entity: e })}
            >
              {t('registers.entities.deregister')}
            </button>
          </span>
        ) : null,
    });
  }

  return (
    <div className="rx-page">
      <h1>{t('registers.entities.title')}</h1>
      <p className="rx-intro">{t('registers.entities.intro')}</p>
      {manages ? (
        <p>
          <button type="button" className="primary" onClick={() => open({ act: 'register' })}>
            {t('registers.entities.register')}
          </button>
        </p>
      ) : (
        <AddUnavailable needsDepartment={false} />
      )}
      <Done message={done} />
      {panel?.act === 'register' ? (
        <ActionPanel title={t('registers.entities.register')} onClose={() => setPanel(undefined)}>
          <EntityFields
            initial={EMPTY_ENTITY_FORM}
            registering
            error={command.error}
            busy={command.busy}
            submitLabel={t('registers.entities.register')}
            onSubmit={(form) => void register(form)}
          />
        </ActionPanel>
      ) : null}
      {panel?.act === 'change' ? (
        <ActionPanel
          title={t('registers.entities.editTitle', { name: panel.entity.name })}
          onClose={() => setPanel(undefined)}
        >
          <EntityFields
            key={panel.entity.id}
            initial={entityFormOf(panel.entity)}
            registering={false}
            current={panel.entity.contactMobile}
            error={command.error}
            busy={command.busy}
            submitLabel={t('registers.saveChanges')}
            onSubmit={(form) => void change(panel.entity, form)}
          />
        </ActionPanel>
      ) : null}
      {panel?.act === 'rerate' ? (
        <ActionPanel
          title={t('registers.entities.rerateTitle', { name: panel.entity.name })}
          onClose={() => setPanel(undefined)}
        >
          <ReasonForm
            key={panel.entity.id}
            reasonLabel={t('registers.entities.rerateReason')}
            confirmLabel={t('registers.entities.confirmRerate')}
            error={command.error}
            busy={command.busy}
            fields={{ creditRisk: t('registers.entities.newCreditRisk') }}
            onSubmit={(reason) => void rerate(panel.entity, reason)}
          >
            <Field
              label={t('registers.entities.newCreditRisk')}
              name="creditRisk"
              error={command.error}
              required
            >
              {(props) => (
                <select
                  {...props}
                  value={risk}
                  onChange={(e) => isOneOf(CREDIT_RISK_CLASSES, e.target.value) && setRisk(e.target.value)}
                >
                  {CREDIT_RISK_CLASSES.map((c) => (
                    <option key={c} value={c}>
                      {t(`registers.creditRisk.${c}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </ReasonForm>
        </ActionPanel>
      ) : null}
      {panel?.act === 'deregister' ? (
        <ActionPanel
          title={t('registers.entities.deregisterTitle', { name: panel.entity.name })}
          onClose={() => setPanel(undefined)}
        >
          <ReasonForm
            key={panel.entity.id}
            reasonLabel={t('registers.entities.deregisterReason')}
            confirmLabel={t('registers.entities.confirmDeregister')}
            error={command.error}
            busy={command.busy}
            onSubmit={(reason) => void deregister(panel.entity, reason)}
          />
        </ActionPanel>
      ) : null}

      {panel?.act === 'caseFile' ? (
        <CaseFileSection key={panel.entity.id} entity={panel.entity} onClose={() => setPanel(undefined)} />
      ) : null}

      <EntitySearch error={list.error} onSearch={setQuery} />
      <Async loaded={list} keep>
        {() => (
          <DataTable
            caption={t('registers.entities.caption')}
            columns={columns}
            rows={list.rows}
            rowKey={(e) => e.id}
            csvName="entities"
            onNextPage={list.onNextPage}
            onPreviousPage={list.onPreviousPage}
          />
        )}
      </Async>
    </div>
  );
}
