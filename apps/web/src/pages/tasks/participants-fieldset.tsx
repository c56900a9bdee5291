import type { ApiFailure } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ChoiceGroup } from '../../components/choice-group';
import { ItemChecklist } from './item-checklist';
import type { TaskDraft } from './task-form';
import type { CheckItem, Department } from './task-types';

/** The departments invited to inspect jointly (配合部门), and the items each is given. */
export function ParticipantsFieldset({
  draft,
  change,
  error,
  departments,
  items,
}: {
  draft: TaskDraft;
  change: (patch: Partial<TaskDraft>) => void;
  error?: ApiFailure;
  /** Every department but the lead. */
  departments: readonly Department[];
  items: readonly CheckItem[];
}) {
  const { t } = useI18n();
  const invite = (ids: string[]) =>
    change({
      participants: ids.map(
        (departmentId) =>
          draft.participants.find((p) => p.departmentId === departmentId) ?? { departmentId, itemIds: [] },
      ),
    });
  const name = (id: string) => departments.find((d) => d.id === id)?.name ?? id;
  return (
    <section className="card" aria-labelledby="participants-title">
      <h2 id="participants-title">{t('tasks.participantsTitle')}</h2>
      <ChoiceGroup
        legend={t('tasks.inviteDepartments')}
        name="participants"
        error={error}
        hint={t('tasks.participantsHint')}
        chosen={draft.participants.map((p) => p.departmentId)}
        onChange={invite}
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
      />
      {draft.participants.map((participant, index) => (
        <ItemChecklist
          key={participant.departmentId}
          legend={t('tasks.participantItems', { department: name(participant.departmentId) })}
          name={`participants.${index}.itemIds`}
          error={error}
          items={items.filter((item) => item.departmentId === participant.departmentId)}
          chosen={participant.itemIds}
          onChange={(itemIds) =>
            change({
              participants: draft.participants.map((p, i) => (i === index ? { ...p, itemIds } : p)),
            })
          }
        />
      ))}
    </section>
  );
}
