import { useState } from 'react';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';

/** The year a joint-office page shows, changed on 查询. */
export function YearForm({ year, onYear }: { year: number; onYear: (year: number) => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState(String(year));
  return (
    <form
      className="rx-filters"
      onSubmit={(event) => {
        event.preventDefault();
        const value = Number(typed);
        if (Number.isInteger(value) && value >= 2000 && value <= 2100) onYear(value);
      }}
    >
      <Field label={t('jointOffice.year')}>
        {(props) => (
          <input
            {...props}
            type="number"
            min={2000}
            max={2100}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        )}
      </Field>
      <button type="submit">{t('jointOffice.show')}</button>
    </form>
  );
}
