import { useState } from 'react';
import { useTaskCommand } from './use-task-command';
import { ActionError, Field } from '../../components/field';
import { FormProblems } from '../../components/form-problems';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { NON_PUBLICATION_GROUNDS, type NonPublicationGround } from '../../api/vocabulary';
import {
  type NonPublicationDraft,
  type RectificationDraft,
  blankRectification,
  nonPublicationBody,
  rectificationBody,
} from './result-disclosure-logic';

/** Gui'an 第四十三、四十六条: ask that the department's entered result not be published; a head decides. */
export function RequestNonPublication({ entityId }: { entityId: string }) {
  const { t } = useI18n();
  const { task, refresh } = useTaskDetail();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<NonPublicationDraft>({ ground: '', legalBasis: '' });
  const ask = useTaskCommand();
  if (!open) {
    return (
      <div className="actions">
        <button type="button" onClick={() => setOpen(true)}>
          {t('tasks.requestNonPublication')}
        </button>
      </div>
    );
  }
  const labels = { ground: t('tasks.nonPublicationGround'), legalBasis: t('tasks.nonPublicationLegalBasis') };
  return (
    <form
      className="inline-form"
      aria-label={t('tasks.nonPublicationTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void ask
          .run('POST', `/api/tasks/${task.id}/non-publication-requests`, nonPublicationBody(entityId, draft))
          .then((done) => {
            if (done) {
              setOpen(false);
              refresh();
            }
          });
      }}
    >
      <h4>{t('tasks.nonPublicationTitle')}</h4>
      <Field label={labels.ground} name="ground" error={ask.error} required>
        {(props) => (
          <select
            {...props}
            value={draft.ground}
            onChange={(e) => setDraft({ ...draft, ground: e.target.value as NonPublicationGround })}
          >
            <option value="">{t('tasks.chooseOne')}</option>
            {NON_PUBLICATION_GROUNDS.map((g) => (
              <option key={g} value={g}>
                {t(`tasks.nonPublicationGround.${g}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={labels.legalBasis}
        name="legalBasis"
        error={ask.error}
        hint={t('tasks.nonPublicationLegalBasisHint')}
        required
      >
        {(props) => (
          <input
            {...props}
            value={draft.legalBasis}
            onChange={(e) => setDraft({ ...draft, legalBasis: e.target.value })}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={ask.busy}>
          {t('tasks.submitNonPublication')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
      <ActionError error={ask.error} />
      <FormProblems error={ask.error} fields={Object.keys(labels)} labels={labels} />
    </form>
  );
}

/** Gui'an 第三十二条: a 整改 follow-up on the department's published result (二次录入). */
export function EnterRectification({ entityId }: { entityId: string }) {
  const { t } = useI18n();
  const { task, today, refresh } = useTaskDetail();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<RectificationDraft>(() => blankRectification(today));
  const enter = useTaskCommand();
  if (!open) {
    return (
      <div className="actions">
        <button type="button" onClick={() => setOpen(true)}>
          {t('tasks.enterRectification')}
        </button>
      </div>
    );
  }
  const labels = {
    rectified: t('tasks.rectificationRectified'),
    findings: t('tasks.rectificationFindings'),
    rectifiedOn: t('tasks.rectifiedOn'),
  };
  return (
    <form
      className="inline-form"
      aria-label={t('tasks.rectificationTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void enter
          .run('POST', `/api/tasks/${task.id}/rectification-results`, rectificationBody(entityId, draft))
          .then((done) => {
            if (done) {
              setOpen(false);
              setDraft(blankRectification(today));
              refresh();
            }
          });
      }}
    >
      <h4>{t('tasks.rectificationTitle')}</h4>
      <div className="form-row">
        <Field label={labels.rectified} name="rectified" error={enter.error} required>
          {(props) => (
            <select
              {...props}
              value={draft.rectified}
              onChange={(e) =>
                setDraft({ ...draft, rectified: e.target.value as RectificationDraft['rectified'] })
              }
            >
              <option value="">{t('tasks.chooseOne')}</option>
              <option value="yes">{t('tasks.rectificationDone')}</option>
              <option value="no">{t('tasks.rectificationNotDone')}</option>
            </select>
          )}
        </Field>
        <Field label={labels.rectifiedOn} name="rectifiedOn" error={enter.error} required>
          {(props) => (
            <input
              {...props}
              type="date"
              max={today}
              value={draft.rectifiedOn}
              onChange={(e) => setDraft({ ...draft, rectifiedOn: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field label={labels.findings} name="findings" error={enter.error} required>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={draft.findings}
            onChange={(e) => setDraft({ ...draft, findings: e.target.value })}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={enter.busy}>
          {t('tasks.submitRectification')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
      <ActionError error={enter.error} />
      <FormProblems error={enter.error} fields={Object.keys(labels)} labels={labels} />
    </form>
  );
}
