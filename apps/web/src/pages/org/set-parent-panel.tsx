import { type FormEvent, useState } from 'react';
import { useCommand } from '../../api/use-api';
import type { Department } from '../../api/use-departments';
import { useI18n } from '../../i18n/i18n';
import { ActionPanel } from '../registers/action-panel';
import { FormActions, WordSelect } from '../registers/form-parts';
import { possibleParents } from './department-tree';

/** An administrator places a unit under another (its region within the parent's) or at the top. */
export function SetParentPanel({
  unit,
  departments,
  onDone,
  onClose,
}: {
  unit: Department;
  departments: readonly Department[];
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const command = useCommand();
  const [parentId, setParentId] = useState(unit.parentId ?? '');
  const candidates = possibleParents(departments, unit.id);
  const names = new Map(departments.map((d) => [d.id, d.name]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { parentId: parentId === '' ? null : parentId };
    if (await command.run('PUT', `/api/departments/${encodeURIComponent(unit.id)}/parent`, body)) {
      onDone(t('org.departments.parentSet', { name: unit.name }));
    }
  };

  return (
    <ActionPanel title={t('org.departments.setParentOf', { name: unit.name })} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="rx-grid">
          <WordSelect
            name="parentId"
            label={t('org.departments.parent')}
            words={['', ...candidates.map((d) => d.id)]}
            wordLabel={(id) =>
              id === '' ? t('org.departments.topLevel') : `${names.get(id) ?? id}（${id}）`
            }
            value={parentId}
            error={command.error}
            onChange={setParentId}
          />
        </div>
        <FormActions
          label={t('org.departments.setParent')}
          busy={command.busy}
          error={command.error}
          fields={['parentId']}
          labels={{ parentId: t('org.departments.parent') }}
        />
      </form>
    </ActionPanel>
  );
}
