import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { ApiError } from '../api/api-error.ts';
import type { Account, SessionInfo } from '../api/types.ts';
import { useApiClient } from '../api/use-api.ts';

export type SessionState =
  { state: 'checking' } | { state: 'signed-out' } | { state: 'signed-in'; account: Account };

interface Session {
  session: SessionState;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Who is signed in. On load it asks the server (the httpOnly cookie is invisible to scripts),
 * which answers with the session's CSRF token as sign-in does: a reloaded page or a new tab can
 * make changes at once, without signing in again.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApiClient();
  const [session, setSession] = useState<SessionState>({ state: 'checking' });

  useEffect(() => {
    // A session that ends while a page is open (expiry, sign-out in another tab) returns the
    // reader to the sign-in form instead of leaving every panel showing an error.
    api.onSessionEnded = () => {
      api.tokens.set(null);
      setSession({ state: 'signed-out' });
    };
    return () => {
      api.onSessionEnded = undefined;
    };
  }, [api]);

  useEffect(() => {
    let live = true;
    api.get<SessionInfo>('/api/session').then(
      (current) => {
        if (!live) return;
        api.tokens.set(current.csrfToken);
        setSession({ state: 'signed-in', account: current.account });
      },
      (error: unknown) => {
        if (!live) return;
        // Anything else (server down) also lands on the sign-in page, which reports it on submit.
        if (error instanceof ApiError && error.status === 401) api.tokens.set(null);
        setSession({ state: 'signed-out' });
      },
    );
    return () => {
      live = false;
    };
  }, [api]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const result = await api.post<SessionInfo>('/api/session', { username, password });
      api.tokens.set(result.csrfToken);
      setSession({ state: 'signed-in', account: result.account });
    },
    [api],
  );

  const signOut = useCallback(async () => {
    try {
      await api.delete('/api/session');
    } finally {
      api.tokens.set(null);
      setSession({ state: 'signed-out' });
    }
  }, [api]);

  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in account; only for pages behind the sign-in gate. */
export function useAccount(): Account {
  const { session } = useSession();
  if (session.state !== 'signed-in')
    throw new Error('useAccount on a page shown without a session');
  return session.account;
}
