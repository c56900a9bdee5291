import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { type ApiFailure, callApi } from '../../api/client';
import { asFailure } from '../../api/use-api';
import { ActionError, Field } from '../../components/field';
import { Empty } from '../../components/states';
import { DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import type { PublicResults } from './disclosures';
import { type EntityObjection, type EntitySessionAnswer, entityCall } from './entity-session-api';
import { useDepartmentNames } from './use-department-names';
import { categoryKey } from './words';

/**
 * 异议申请 (Yiyuan 二十七): the business asks for a one-time code, verifies it, objects to one of its
 * published results and follows its objections. The session lives in this page only (30 minutes).
 */
export function PublicObjectionsSection() {
  const { t } = useI18n();
  const departmentName = useDepartmentNames();
  const [creditCode, setCreditCode] = useState('');
  const [code, setCode] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const [session, setSession] = useState<EntitySessionAnswer>();
  const [error, setError] = useState<ApiFailure>();
  const [busy, setBusy] = useState(false);

  const attempt = async (act: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await act();
    } catch (failure) {
      setError(asFailure(failure));
    } finally {
      setBusy(false);
    }
  };
  const sendCode = (event: FormEvent) => {
    event.preventDefault();
    void attempt(async () => {
      const answer = await entityCall<{ sentTo: string }>('POST', '/api/public/entity-codes', undefined, {
        creditCode: creditCode.trim(),
      });
      setSentTo(answer.sentTo);
    });
  };
  const verify = (event: FormEvent) => {
    event.preventDefault();
    void attempt(async () => {
      setSession(
        await entityCall<EntitySessionAnswer>('POST', '/api/public/entity-sessions', undefined, {
          creditCode: creditCode.trim(),
          code: code.trim(),
        }),
      );
    });
  };

  return (
    <section aria-labelledby="public-objections">
      <h2 id="public-objections">{t('public.objections.title')}</h2>
      <p className="rx-muted">{t('public.objections.intro')}</p>
      {!session ? (
        <>
          <form className="card" onSubmit={sendCode} noValidate>
            <div className="form-row">
              <Field label={t('public.objections.creditCode')} name="creditCode" error={error} required>
                {(props) => (
                  <input
                    {...props}
                    className="mono"
                    size={24}
                    maxLength={18}
                    value={creditCode}
                    onChange={(e) => setCreditCode(e.target.value)}
                  />
                )}
              </Field>
              <div className="field">
                <button type="submit" disabled={busy}>
                  {t('public.objections.sendCode')}
                </button>
              </div>
            </div>
          </form>
          {sentTo ? (
            <form className="card" onSubmit={verify} noValidate>
              <p role="status">{t('public.objections.sentTo', { to: sentTo })}</p>
              <div className="form-row">
                <Field label={t('public.objections.code')} name="code" error={error} required>
                  {(props) => (
                    <input
                      {...props}
                      className="mono"
                      inputMode="numeric"
                      autoComplete="one-time-code"
                      maxLength={6}
                      size={8}
                      value={code}
                      onChange={(e) => setCode(e.target.value)}
                    />
                  )}
                </Field>
                <div className="field">
                  <button type="submit" className="primary" disabled={busy}>
                    {t('public.objections.verify')}
                  </button>
                </div>
              </div>
            </form>
          ) : null}
          <ActionError error={error} />
        </>
      ) : (
        <EntityObjections session={session} departmentName={departmentName} />
      )}
    </section>
  );
}

/** Once verified: the objection form over the business's published results, and its objections. */
function EntityObjections({
  session,
  departmentName,
}: {
  session: EntitySessionAnswer;
  departmentName: (id: string) => string;
}) {
  const { t } = useI18n();
  const [results, setResults] = useState<PublicResults>();
  const [objections, setObjections] = useState<EntityObjection[]>();
  const [chosen, setChosen] = useState('');
  const [grounds, setGrounds] = useState('');
  const [filed, setFiled] = useState<string>();
  const [error, setError] = useState<ApiFailure>();
  const category = (c: string) => {
    const key = categoryKey(c);
    return key ? t(key) : c;
  };
  const reload = useCallback(async () => {
    try {
      const answer = await entityCall<{ items: EntityObjection[] }>(
        'GET',
        '/api/public/objections',
        session.token,
      );
      setObjections(answer.items);
    } catch (failure) {
      setError(asFailure(failure));
    }
  }, [session.token]);
  useEffect(() => {
    void callApi<PublicResults>('GET', '/api/public/results', { query: { entityCode: session.entity.code } })
      .then(setResults)
      .catch((failure: unknown) => setError(asFailure(failure)));
    void reload();
  }, [session.entity.code, reload]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const [taskId, departmentId] = chosen.split('|');
    try {
      const answer = await entityCall<{ reviewDue: string }>(
        'POST',
        '/api/public/objections',
        session.token,
        {
          taskId,
          departmentId,
          grounds,
        },
      );
      setFiled(answer.reviewDue);
      setGrounds('');
      await reload();
    } catch (failure) {
      setError(asFailure(failure));
    }
  };
  const status = (o: EntityObjection) => {
    const outcome = t(o.upheld ? 'public.objections.upheld' : 'public.objections.notUpheld');
    if (o.status === 'notified')
      return t('public.objections.status.notified', { outcome, on: o.notifiedOn ?? '' });
    if (o.status === 'reviewed')
      return t('public.objections.status.reviewed', { outcome, due: o.noticeDue ?? '' });
    return t('public.objections.status.filed', { due: o.reviewDue });
  };
  const published = results?.results ?? [];

  return (
    <>
      <p role="status">
        {t('public.objections.identified', { name: session.entity.name, code: session.entity.code })}
      </p>
      <form className="card" onSubmit={(e) => void submit(e)} noValidate>
        <h3>{t('public.objections.fileTitle')}</h3>
        {published.length === 0 ? (
          <Empty>{t('public.objections.noResults')}</Empty>
        ) : (
          <>
            <Field label={t('public.objections.result')} name="taskId" error={error} required>
              {(props) => (
                <select {...props} value={chosen} onChange={(e) => setChosen(e.target.value)}>
                  <option value="">{t('public.objections.choose')}</option>
                  {published.map((r) => (
                    <option key={r.id} value={`${r.taskId}|${r.departmentId}`}>
                      {t('public.objections.resultOption', {
                        publishedOn: r.publishedOn,
                        department: departmentName(r.departmentId),
                        category: category(r.category),
                      })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('public.objections.grounds')} name="grounds" error={error} required>
              {(props) => (
                <textarea
                  {...props}
                  rows={4}
                  maxLength={4000}
                  value={grounds}
                  onChange={(e) => setGrounds(e.target.value)}
                />
              )}
            </Field>
            <button type="submit" className="primary">
              {t('public.objections.submit')}
            </button>
          </>
        )}
        {filed ? <p role="status">{t('public.objections.filed', { reviewDue: filed })}</p> : null}
        <ActionError error={error} />
      </form>
      <h3>{t('public.objections.progressTitle')}</h3>
      {objections && objections.length === 0 ? <Empty>{t('public.objections.none')}</Empty> : null}
      {objections && objections.length > 0 ? (
        <DataTable
          caption={t('public.objections.caption')}
          columns={[
            { heading: t('public.objections.receivedOn'), cell: (o) => o.receivedOn },
            { heading: t('public.objections.department'), cell: (o) => departmentName(o.departmentId) },
            { heading: t('public.objections.status'), cell: status },
          ]}
          rows={objections}
          rowKey={(o) => o.objectionId}
        />
      ) : null}
    </>
  );
}
