import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { Empty } from './components/states';
import { LocaleProvider, useI18n } from './i18n/i18n';
import { Shell } from './layout/shell';
import { PublicPage } from './pages/public/public-page';
import { SignInPage } from './pages/sign-in/sign-in-page';
import { SetupPage } from './pages/setup/setup-page';
import { consoleRoutes } from './routes';
import { SessionProvider, useSession } from './session/session';
import { hasAnyRole } from './session/token';

function Guarded({ route }: { route: (typeof consoleRoutes)[number] }) {
  const { session, checking } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  // Until the api says whether the cookies sign someone in, nothing is shown (nor a redirect made).
  if (checking && !session) return null;
  if (!session)
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  if (!hasAnyRole(session, route.roles)) return <Empty>{t('common.forbidden')}</Empty>;
  const Page = route.page;
  return <Page />;
}

function NotFound() {
  const { t } = useI18n();
  return <Empty>{t('common.notFound')}</Empty>;
}

export function App() {
  return (
    <LocaleProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/setup" element={<SetupPage />} />
            <Route
              path="/public/*"
              element={
                <Shell>
                  <PublicPage />
                </Shell>
              }
            />
            {consoleRoutes.map((route) => (
              <Route
                key={route.path}
                path={route.path}
                element={
                  <Shell>
                    <Guarded route={route} />
                  </Shell>
                }
              />
            ))}
            <Route
              path="*"
              element={
                <Shell>
                  <NotFound />
                </Shell>
              }
            />
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </LocaleProvider>
  );
}
