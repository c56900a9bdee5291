import { Link } from 'react-router';
import { useDepartments } from '../../api/use-departments';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { noAddReason } from './no-add-reason';

/** The reason a page has no "新增", said where the button would be (nothing when it has one). */
export function AddUnavailable({ needsDepartment = true }: { needsDepartment?: boolean }) {
  const { t } = useI18n();
  const { session } = useSession();
  const departments = useDepartments();
  const ids = departments.loaded.data ? departments.departments.map((d) => d.id) : undefined;
  const reason = noAddReason(session, ids, needsDepartment);
  if (!reason) return null;
  return (
    <p className="field-hint add-unavailable">
      {reason === 'noDepartments' ? (
        <>
          {t('org.noAdd.noDepartments')} <Link to="/org/departments">{t('nav.departments')}</Link>
        </>
      ) : reason === 'ownNotRegistered' ? (
        t('org.noAdd.ownNotRegistered', { department: session?.departmentId ?? '' })
      ) : (
        t('org.noAdd.role')
      )}
    </p>
  );
}
