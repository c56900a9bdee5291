import { type ReactNode, useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useDepartments } from '../api/use-departments';
import type { MessageKey } from '../i18n/catalogue';
import { useI18n } from '../i18n/i18n';
import { consoleRoutes } from '../routes';
import { useSession } from '../session/session';
import { useDemo } from '../api/use-demo';
import { hasAnyRole } from '../session/token';

/** The page the console's frame last showed (undefined until the first). */
let shownPath: string | undefined;

/** The console's frame: the header (who is signed in, language, sign-out) and the menu of what the roles allow. */
export function Shell({ children }: { children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const { session, signOut } = useSession();
  const demo = useDemo();
  // The department by its name once the list is read; none for one not registered (the start-up
  // administrator's "system"), rather than its id.
  const { departments } = useDepartments();
  const departmentName = departments.find((d) => d.id === session?.departmentId)?.name;
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // After moving to another page, keyboard and screen-reader users start at its content, not at
  // the top of the menu again (each page mounts its own frame, so the last page is kept aside).
  useEffect(() => {
    if (shownPath !== undefined && shownPath !== pathname) main.current?.focus({ preventScroll: true });
    shownPath = pathname;
  }, [pathname]);
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
        {t('common.skipToContent')}
      </a>
      <header className="shell-header">
        <span className="brand">{t('common.appName')}</span>
        {demo ? (
          <span className="badge badge-warn demo-badge" title={t('common.demoBadgeHint')}>
            {t('common.demoBadge')}
          </span>
        ) : null}
        <span className="spacer" />
        {session ? (
          <span className="who">
            <NavLink to="/account" title={t('account.menu')}>
              {departmentName
                ? t('common.signedInAs', { name: session.name, department: departmentName })
                : session.name}
            </NavLink>{' '}
            · {session.roles.map((r) => t(`common.role.${r}`)).join(t('common.listSeparator'))}
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
        <nav className="menu" aria-label={t('common.mainMenu')}>
          {[...groups].map(([group, entries]) => (
            <div key={group} className="menu-group">
              {/* Not a heading: the page's h1 must be the first heading a reader meets. */}
              {entries.length > 1 || entries[0].label !== group ? (
                <p className="menu-group-label" id={`menu-${group}`}>
                  {t(group)}
                </p>
              ) : null}
              <ul
                aria-labelledby={
                  entries.length > 1 || entries[0].label !== group ? `menu-${group}` : undefined
                }
              >
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
        <main id="main" ref={main} className="content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
