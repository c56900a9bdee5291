import {
  type ReactNode,
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { callApi } from '../api/client';
import { isCookieSession, refreshSession, whenSessionEnds } from '../api/cookie-session';
import { type Me, type Session, cookieSessionOf, readToken } from './token';

interface SessionContextValue {
  session?: Session;
  /** Until the api has said whether a cookie session is signed in (on load). */
  checking: boolean;
  /** The api's code when the last session ended under the reader (SESSION_ENDED …). */
  ended?: string;
  /** Signs in with a service token. */
  signIn: (token: string) => Session | undefined;
  /** After a password or unified-identity sign-in set the cookies: who is signed in. */
  beginCookieSession: () => Promise<Session | undefined>;
  signOut: () => void;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);
const STORAGE_KEY = 'ssj.token';

function stored(): Session | undefined {
  const token = sessionStorage.getItem(STORAGE_KEY) ?? localStorage.getItem(STORAGE_KEY);
  const session = token ? readToken(token) : undefined;
  return session && (session.expiresAt === undefined || session.expiresAt > Date.now()) ? session : undefined;
}

/** Who the cookies sign in, if anyone: GET /api/auth/me, once more after a refresh. */
async function cookieSession(): Promise<Session | undefined> {
  const me = () => callApi<Me>('GET', '/api/auth/me');
  try {
    return cookieSessionOf(await me());
  } catch (error) {
    if ((error as { status?: number }).status !== 401) return undefined;
    if ((await refreshSession()) !== undefined) return undefined;
    return cookieSessionOf(await me());
  }
}

/**
 * The signed-in user: a service token kept in this browser until sign-out or its expiry, or a
 * cookie session (password, unified identity) that the api checks on every request and ends for
 * the console when it answers that the session is over.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(stored);
  const [checking, setChecking] = useState(session === undefined);
  const [ended, setEnded] = useState<string>();
  const current = useRef(session);
  current.current = session;

  useEffect(() => {
    if (current.current) return;
    let live = true;
    void cookieSession()
      .catch(() => undefined)
      .then((found) => {
        if (!live) return;
        if (found && !current.current) setSession(found);
        setChecking(false);
      });
    return () => {
      live = false;
    };
  }, []);

  useEffect(
    () =>
      whenSessionEnds((code) => {
        if (!isCookieSession(current.current?.token)) return;
        setEnded(code);
        setSession(undefined);
      }),
    [],
  );

  const signIn = useCallback((token: string) => {
    const next = readToken(token);
    if (next) {
      localStorage.setItem(STORAGE_KEY, next.token);
      setEnded(undefined);
      setSession(next);
    }
    return next;
  }, []);
  const beginCookieSession = useCallback(async () => {
    const next = cookieSessionOf(await callApi<Me>('GET', '/api/auth/me'));
    if (next) {
      localStorage.removeItem(STORAGE_KEY);
      sessionStorage.removeItem(STORAGE_KEY);
      setEnded(undefined);
      setSession(next);
    }
    return next;
  }, []);
  const signOut = useCallback(() => {
    const was = current.current;
    localStorage.removeItem(STORAGE_KEY);
    sessionStorage.removeItem(STORAGE_KEY);
    setEnded(undefined);
    setSession(undefined);
    // The api ends the session and clears its cookies; the console has already let go of it.
    if (was && isCookieSession(was.token)) {
      void callApi('POST', '/api/auth/sign-out', { token: was.token }).catch(() => undefined);
    }
  }, []);
  const value = useMemo(
    () => ({ session, checking, ended, signIn, beginCookieSession, signOut }),
    [session, checking, ended, signIn, beginCookieSession, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
