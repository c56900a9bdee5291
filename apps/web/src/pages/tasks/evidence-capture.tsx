import { useId } from 'react';
import { ApiFailure } from '../../api/client';
import { useRefusals } from '../../components/refusals/use-refusals';
import { useI18n } from '../../i18n/i18n';
import { EVIDENCE_ACCEPT, sizeWords } from './evidence-plan';
import type { Captured } from './evidence-queue';
import type { EvidenceCapture } from './use-evidence-capture';

/**
 * The phone's camera (or a file) for evidence of the result being entered, and a signed paper
 * form scanned back; each chosen file listed with its size and where it stands.
 */
export function EvidenceInputs({ capture }: { capture: EvidenceCapture }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset className="choice-group evidence-capture">
      <legend>{t('tasks.evidenceTitle')}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {t('tasks.evidenceHint')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-photo`}>{t('tasks.evidenceTake')}</label>
        <input
          id={`${id}-photo`}
          type="file"
          accept={EVIDENCE_ACCEPT}
          capture="environment"
          aria-describedby={`${id}-hint`}
          disabled={capture.full}
          onChange={(e) => {
            capture.choose(e.target.files, false);
            e.target.value = '';
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-scan`}>{t('tasks.evidenceScan')}</label>
        <input
          id={`${id}-scan`}
          type="file"
          accept="image/*,application/pdf"
          disabled={capture.full}
          onChange={(e) => {
            capture.choose(e.target.files, true);
            e.target.value = '';
          }}
        />
      </div>
      <CapturedFiles capture={capture} />
    </fieldset>
  );
}

/** The files chosen, each with its size, progress and state, read out as they change. */
export function CapturedFiles({ capture }: { capture: EvidenceCapture }) {
  const { t } = useI18n();
  if (capture.files.length === 0) return null;
  return (
    <ul className="evidence-files" aria-label={t('tasks.evidenceChosen')} aria-live="polite">
      {capture.files.map((file) => (
        <li key={file.id}>
          <span className="evidence-name">{file.name}</span>{' '}
          <span className="field-hint">
            {t(`tasks.evidenceKind.${file.evidenceKind}`)} · {sizeWords(file.size)}
          </span>
          <FileState file={file} online={capture.online} />
          <div className="actions">
            {file.state.kind === 'failed' && file.state.retry ? (
              <button type="button" onClick={() => capture.retry(file.id)}>
                {t('tasks.evidenceRetry', { name: file.name })}
              </button>
            ) : null}
            {['waiting', 'uploaded', 'failed'].includes(file.state.kind) ? (
              <button type="button" onClick={() => capture.remove(file.id)}>
                {t('tasks.evidenceRemove', { name: file.name })}
              </button>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

function FileState({ file, online }: { file: Captured; online: boolean }) {
  const { t } = useI18n();
  const { message } = useRefusals();
  const { state } = file;
  switch (state.kind) {
    case 'waiting':
      return (
        <p className="evidence-state">{online ? t('tasks.evidenceWaiting') : t('tasks.evidenceOffline')}</p>
      );
    case 'uploading': {
      const percent = file.size > 0 ? Math.floor((state.sent / file.size) * 100) : 0;
      return (
        <p className="evidence-state">
          {t('tasks.evidenceUploading')}{' '}
          <progress max={100} value={percent} aria-label={t('tasks.evidenceProgress', { name: file.name })}>
            {percent}%
          </progress>
        </p>
      );
    }
    case 'uploaded':
      return <p className="evidence-state">{t('tasks.evidenceUploaded')}</p>;
    case 'attaching':
      return <p className="evidence-state">{t('tasks.evidenceAttaching')}</p>;
    case 'attached':
      return <p className="evidence-state evidence-attached">{t('tasks.evidenceAttached')}</p>;
    case 'failed':
      return (
        <p className="action-error" data-code={state.code}>
          {message(new ApiFailure(state.status, state.code, state.code, state.details))}
        </p>
      );
  }
}
