import type { ApiFailure } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { ChoiceGroup } from '../../components/choice-group';
import type { CheckItem } from './task-types';

/** A department's active check items to tick ("清单之外无事项": only listed items can be inspected). */
export function ItemChecklist({
  legend,
  name,
  items,
  chosen,
  onChange,
  error,
}: {
  legend: string;
  name: string;
  items: readonly CheckItem[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  error?: ApiFailure;
}) {
  const { t } = useI18n();
  const active = items.filter((item) => item.status === 'active');
  return (
    <ChoiceGroup
      legend={legend}
      name={name}
      error={error}
      chosen={chosen}
      onChange={onChange}
      hint={active.length === 0 ? t('tasks.noActiveItems') : undefined}
      options={active.map((item) => ({
        value: item.id,
        label: t('tasks.itemLabel', { name: item.name, itemClass: item.itemClass }),
      }))}
    />
  );
}
