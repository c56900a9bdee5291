import { type FormEvent, useRef, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { Done } from './action-panel';
import { downloadWithToken, uploadFile } from '../../api/files';
import { ImportReportView } from './import-report';
import type { ImportReport } from './views';

/** One register's bulk import: its templates, the upload, and the row-by-row report. */
export function ImportSection({ register, what }: { register: 'entities' | 'inspectors'; what: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure>();
  const [report, setReport] = useState<ImportReport>();
  const [done, setDone] = useState<string>();

  const template = async (format: 'xlsx' | 'csv') => {
    setError(undefined);
    try {
      const name = await downloadWithToken(
        `/api/${register}/import-template?format=${format}`,
        session?.token,
        `${register}-template.${format}`,
      );
      setDone(t('registers.import.downloaded', { name }));
    } catch (failure) {
      setError(failure as ApiFailure);
    }
  };
  const upload = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setDone(t('registers.import.chooseFile'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    setDone(t('registers.import.uploading'));
    try {
      setReport(await uploadFile<ImportReport>(`/api/${register}/import`, session?.token, file));
      setDone(undefined);
    } catch (failure) {
      setError(failure as ApiFailure);
      setDone(undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`import-${register}`}>
      <h2 id={`import-${register}`}>{what}</h2>
      <p className="action-row">
        <button type="button" onClick={() => void template('xlsx')}>
          {t('registers.import.templateXlsx', { what })}
        </button>
        <button type="button" onClick={() => void template('csv')}>
          {t('registers.import.templateCsv', { what })}
        </button>
      </p>
      <form onSubmit={(e) => void upload(e)} noValidate>
        <Field label={t('registers.import.file', { what })} name="file" error={error}>
          {(props) => (
            <input
              {...props}
              ref={input}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.target.files?.[0]);
                setReport(undefined);
              }}
            />
          )}
        </Field>
        <div className="action-row">
          <button type="submit" className="primary" disabled={busy}>
            {t('registers.import.upload', { what })}
          </button>
          <ActionError error={error} />
        </div>
      </form>
      <Done message={done} />
      {report ? (
        <ImportReportView
          report={report}
          title={t('registers.import.report', { what })}
          csvName={`${register}-import-errors`}
        />
      ) : null}
    </section>
  );
}
