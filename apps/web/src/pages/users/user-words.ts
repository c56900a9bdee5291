import type { UserAccount } from '@app/contract';
import type { Role } from '@app/domain/roles';
import { useI18n } from '../../i18n/i18n';

/** How the console shows an account's roles: their titles, in the order held. */
export function useRoleTitles() {
  const { t } = useI18n();
  const title = (role: Role) => t(`common.role.${role}`);
  const titles = (user: Pick<UserAccount, 'roles'>) =>
    user.roles.length ? user.roles.map(title).join(t('registers.sep')) : t('users.noRoles');
  return { title, titles };
}
