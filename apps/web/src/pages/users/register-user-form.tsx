import { type FormEvent, useState } from 'react';
import { useCommand } from '../../api/use-api';
import type { Department } from '../../api/use-departments';
import { useI18n } from '../../i18n/i18n';
import { FormActions, TextField, WordSelect } from '../registers/form-parts';

const FIELDS = ['departmentId', 'name', 'post', 'employeeNumber', 'mobile'] as const;
type Form = Record<(typeof FIELDS)[number], string>;

/** 登记用户: an official's account, by department and employee number (POST /api/users). */
export function RegisterUserForm({
  departments,
  onDone,
}: {
  departments: readonly Department[];
  onDone: (name: string) => void;
}) {
  const { t } = useI18n();
  const command = useCommand<{ id: string }>();
  const [form, setForm] = useState<Form>({
    departmentId: departments[0]?.id ?? '',
    name: '',
    post: '',
    employeeNumber: '',
    mobile: '',
  });
  const labels: Record<keyof Form, string> = {
    departmentId: t('users.department'),
    name: t('users.name'),
    post: t('users.post'),
    employeeNumber: t('users.employeeNumber'),
    mobile: t('users.mobile'),
  };
  const set = (key: keyof Form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = Object.fromEntries(FIELDS.map((f) => [f, form[f].trim()]));
    if (await command.run('POST', '/api/users', body)) onDone(body.name);
  };
  const hints: Partial<Record<keyof Form, string>> = {
    employeeNumber: t('users.register.employeeNumberHint'),
    mobile: t('users.register.mobileHint'),
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div className="rx-grid">
        <WordSelect
          name="departmentId"
          label={labels.departmentId}
          words={departments.map((d) => d.id)}
          wordLabel={(id) => departments.find((d) => d.id === id)?.name ?? id}
          value={form.departmentId}
          error={command.error}
          required
          onChange={set('departmentId')}
        />
        {(['name', 'post', 'employeeNumber', 'mobile'] as const).map((key) => (
          <TextField
            key={key}
            name={key}
            label={labels[key]}
            hint={hints[key]}
            value={form[key]}
            error={command.error}
            required
            onChange={set(key)}
          />
        ))}
      </div>
      <FormActions
        label={t('users.register.submit')}
        busy={command.busy}
        error={command.error}
        fields={FIELDS}
        labels={labels}
      />
    </form>
  );
}
