import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';

/**
 * The department signed in to: chosen from the public list by name, or typed as its code (a
 * department the list does not show yet, or when the list cannot be read).
 */
export function DepartmentField({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useI18n();
  const listed = useApi<{ items: { id: string; name: string }[] }>('/api/public/departments');
  const items = listed.data?.items ?? [];
  const [typed, setTyped] = useState(false);
  const typing = typed || (!listed.loading && items.length === 0);
  return (
    <>
      <Field label={typing ? t('signIn.departmentCode') : t('signIn.department')} required>
        {(props) =>
          typing ? (
            <input
              {...props}
              name="department"
              autoComplete="organization"
              maxLength={64}
              value={value}
              onChange={(e) => onChange(e.target.value.trim())}
              required
            />
          ) : (
            <select
              {...props}
              name="department"
              value={value}
              onChange={(e) => onChange(e.target.value)}
              required
            >
              <option value="">{t('signIn.departmentPlaceholder')}</option>
              {items.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )
        }
      </Field>
      {items.length > 0 ? (
        <button type="button" className="link align-start" onClick={() => setTyped(!typing)}>
          {typing ? t('signIn.chooseDepartment') : t('signIn.typeDepartment')}
        </button>
      ) : null}
    </>
  );
}
