// Who is signed in to the workstation. On start the stored session is checked with GET /api/auth/me;
// when the gateway ends the session (a refresh refused), the user is sent back to sign-in.
import type { SignedInUser } from '@onewindow/gateway-api';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Loading } from '../components/Results';
import { staffApi } from '../api/endpoints';
import { onSessionEnded, staffTokens } from '../api/staff-session';
import { abilitiesOf, type Abilities } from './abilities';

type AuthState =
  | { status: 'checking' }
  | { status: 'signed-out'; expired: boolean }
  | { status: 'signed-in'; user: SignedInUser; abilities: Abilities };

interface Auth {
  state: AuthState;
  signIn: (username: string, password: string) => Promise<SignedInUser>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<Auth | undefined>(undefined);

const signedIn = (user: SignedInUser): AuthState => ({ status: 'signed-in', user, abilities: abilitiesOf(user) });

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>(() =>
    staffTokens.access() ? { status: 'checking' } : { status: 'signed-out', expired: false },
  );

  useEffect(() => {
    onSessionEnded(() => setState({ status: 'signed-out', expired: true }));
    if (!staffTokens.access()) return;
    staffApi
      .me()
      .then((user) => setState(signedIn(user)))
      .catch(() => setState({ status: 'signed-out', expired: false }));
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const tokens = await staffApi.signIn({ username, password });
    staffTokens.store(tokens);
    setState(signedIn(tokens.user));
    return tokens.user;
  }, []);

  const signOut = useCallback(async () => {
    const refreshToken = staffTokens.refresh();
    try {
      if (refreshToken) await staffApi.signOut(refreshToken);
    } catch {
      // The tokens are dropped here whatever the gateway says; an unrevoked one expires on its own.
    }
    staffTokens.clear();
    setState({ status: 'signed-out', expired: false });
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The signed-in user on a screen behind RequireStaff. */
export function useStaff(): { user: SignedInUser; abilities: Abilities } {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useStaff outside RequireStaff');
  return state;
}

export function RequireStaff({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'checking') return <Loading />;
  if (state.status === 'signed-out') {
    return <Navigate to="/staff/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  return children;
}
