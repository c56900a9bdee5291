import type { ApiFailure } from '../../api/client';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { ChoiceGroup } from '../../components/choice-group';
import type { TaskDraft } from './task-form';
import { ENTITY_KINDS, SCALES } from '../../api/vocabulary';

/** Whom the draw aims at (directed draw); nothing chosen: the whole directory (undirected). */
export function CriteriaFieldset({
  draft,
  change,
  error,
}: {
  draft: TaskDraft;
  change: (patch: Partial<TaskDraft>) => void;
  error?: ApiFailure;
}) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="criteria-title">
      <h2 id="criteria-title">{t('tasks.criteriaTitle')}</h2>
      <p className="field-hint">{t('tasks.criteriaHint')}</p>
      <ChoiceGroup
        legend={t('tasks.criteriaKinds')}
        name="criteria.kinds"
        error={error}
        chosen={draft.kinds}
        onChange={(kinds) => change({ kinds })}
        options={ENTITY_KINDS.map((kind) => ({ value: kind, label: t(`tasks.kind.${kind}`) }))}
      />
      <ChoiceGroup
        legend={t('tasks.criteriaScales')}
        name="criteria.scales"
        error={error}
        chosen={draft.scales}
        onChange={(scales) => change({ scales })}
        options={SCALES.map((scale) => ({ value: scale, label: t(`tasks.scale.${scale}`) }))}
      />
      <div className="grid">
        <Field
          label={t('tasks.criteriaRegions')}
          name="criteria.regionCodes"
          error={error}
          hint={t('tasks.codesHint')}
        >
          {(props) => (
            <input
              {...props}
              value={draft.regionCodes}
              onChange={(e) => change({ regionCodes: e.target.value })}
            />
          )}
        </Field>
        <Field
          label={t('tasks.criteriaIndustries')}
          name="criteria.industryCodes"
          error={error}
          hint={t('tasks.industriesHint')}
        >
          {(props) => (
            <input
              {...props}
              value={draft.industryCodes}
              onChange={(e) => change({ industryCodes: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('tasks.criteriaTags')} name="criteria.tags" error={error} hint={t('tasks.tagsHint')}>
          {(props) => (
            <input {...props} value={draft.tags} onChange={(e) => change({ tags: e.target.value })} />
          )}
        </Field>
      </div>
    </section>
  );
}
