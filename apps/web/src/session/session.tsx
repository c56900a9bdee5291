import { type ReactNode, createContext, useCallback, useContext, useMemo, useState } from 'react';
import { type Session, readToken } from './token';

interface SessionContextValue {
  session?: Session;
  signIn: (token: string) => Session | undefined;
  signOut: () => void;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);
const STORAGE_KEY = 'ssj.token';

function stored(): Session | undefined {
  const token = sessionStorage.getItem(STORAGE_KEY) ?? localStorage.getItem(STORAGE_KEY);
  const session = token ? readToken(token) : undefined;
  return session && (session.expiresAt === undefined || session.expiresAt > Date.now()) ? session : undefined;
}

/** The signed-in user, kept in this browser until sign-out or the token's expiry. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(stored);
  const signIn = useCallback((token: string) => {
    const next = readToken(token);
    if (next) {
      localStorage.setItem(STORAGE_KEY, next.token);
      setSession(next);
    }
    return next;
  }, []);
  const signOut = useCallback(() => {
    localStorage.removeItem(STORAGE_KEY);
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(undefined);
  }, []);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
