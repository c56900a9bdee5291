import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useDepartments } from '../api/use-departments';
import type { MessageKey } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n';
import { consoleRoutes } from '../routes';
import { useSession } from '../session/session';
import { hasAnyRole } from '../session/token';

/** The console's frame: the header (who is signed in, language, sign-out) and the menu of what the roles allow. */
export function Shell({ children }: { children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const { session, signOut } = useSession();
  // The department by its name once the list is read (by its id until then, or if it is not listed).
  const { nameOf } = useDepartments();
  const groups = new Map<MessageKey, { path: string; label: MessageKey }[]>();
  for (const route of consoleRoutes) {
    if (!route.menu || !hasAnyRole(session, route.roles)) continue;
    const entries = groups.get(route.menu.group) ?? [];
    entries.push({ path: route.path, label: route.menu.label });
    groups.set(route.menu.group, entries);
  }
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {locale === 'zh' ? '跳到正文' : 'Skip to content'}
      </a>
      <header className="shell-header">
        <span className="brand">{t('common.appName')}</span>
        <span className="spacer" />
        {session ? (
          <span className="who">
            {t('common.signedInAs', { name: session.name, department: nameOf(session.departmentId) })} ·{' '}
            {session.roles.map((r) => t(`common.role.${r}`)).join('、')}
          </span>
        ) : null}
        <button
          type="button"
          onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}
          lang={locale === 'zh' ? 'en' : 'zh'}
        >
          {t('common.language')}
        </button>
        {session ? (
          <button type="button" onClick={signOut}>
            {t('common.signOut')}
          </button>
        ) : null}
      </header>
      <div className="shell-body">
        <nav className="menu" aria-label={locale === 'zh' ? '主菜单' : 'Main menu'}>
          {[...groups].map(([group, entries]) => (
            <div key={group} className="menu-group">
              {entries.length > 1 || entries[0].label !== group ? <h2>{t(group)}</h2> : null}
              <ul>
                {entries.map((entry) => (
                  <li key={entry.path}>
                    <NavLink to={entry.path} end>
                      {t(entry.label)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <div className="menu-group">
            <ul>
              <li>
                <NavLink to="/public">{t('nav.publicPortal')}</NavLink>
              </li>
            </ul>
          </div>
        </nav>
        <main id="main" className="content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
