import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import type { JointItemListView } from './views';

type JointList = Pick<JointItemListView, 'id' | 'industry' | 'leadDepartmentId'>;

/** 按一业一单填入: choosing a joint list fills a form's departments and their items from it. */
export function JointListPicker<L extends JointList>({
  lists,
  chosen,
  onChoose,
  nameOf,
  disabled,
}: {
  lists: readonly L[];
  chosen: string;
  onChoose: (list: L) => void;
  nameOf: (departmentId: string) => string;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  if (lists.length === 0) return null;
  return (
    <Field label={t('registers.joint.pick')} hint={t('registers.joint.pickHint')}>
      {(props) => (
        <select
          {...props}
          value={chosen}
          disabled={disabled}
          onChange={(e) => {
            const list = lists.find((l) => l.id === e.target.value);
            if (list) onChoose(list);
          }}
        >
          <option value="">{t('registers.joint.pickNone')}</option>
          {lists.map((l) => (
            <option key={l.id} value={l.id}>
              {t('registers.joint.option', { industry: l.industry, lead: nameOf(l.leadDepartmentId) })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
