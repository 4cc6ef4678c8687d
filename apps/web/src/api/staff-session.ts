// The staff session: tokens live in sessionStorage (gone when the tab closes). A request refused with
// 401 gets one refresh, shared by every request that failed at the same moment (a refresh token is
// single use); if that fails too, the session ends and the app returns to sign-in.
import type { TokenResponse } from '@onewindow/gateway-api';
import { ApiRequestError, request, type RequestOptions } from './http';

const ACCESS_TOKEN = 'onewindow.staff.accessToken';
const REFRESH_TOKEN = 'onewindow.staff.refreshToken';

export const staffTokens = {
  access: () => sessionStorage.getItem(ACCESS_TOKEN) ?? undefined,
  refresh: () => sessionStorage.getItem(REFRESH_TOKEN) ?? undefined,
  store(tokens: TokenResponse) {
    sessionStorage.setItem(ACCESS_TOKEN, tokens.accessToken);
    sessionStorage.setItem(REFRESH_TOKEN, tokens.refreshToken);
  },
  clear() {
    sessionStorage.removeItem(ACCESS_TOKEN);
    sessionStorage.removeItem(REFRESH_TOKEN);
  },
};

let sessionEnded: () => void = () => undefined;

/** The auth provider listens here to send the user back to sign-in. */
export function onSessionEnded(listener: () => void): void {
  sessionEnded = listener;
}

let refreshing: Promise<boolean> | undefined;

async function refreshTokens(): Promise<boolean> {
  const refreshToken = staffTokens.refresh();
  if (!refreshToken) return false;
  try {
    staffTokens.store(await request<TokenResponse>('POST', '/api/auth/refresh', { body: { refreshToken } }));
    return true;
  } catch (error) {
    // Offline is not a rejected session: keep the tokens and let the caller show the network error.
    if (error instanceof ApiRequestError && error.status === 0) throw error;
    return false;
  }
}

export async function staffRequest<T>(
  method: 'GET' | 'POST',
  path: string,
  options: Omit<RequestOptions, 'token'> = {},
): Promise<T> {
  const used = staffTokens.access();
  try {
    return await request<T>(method, path, { ...options, token: used });
  } catch (error) {
    if (!(error instanceof ApiRequestError) || error.status !== 401) throw error;
    // Another request may have refreshed meanwhile; only refresh when the token used is still current.
    const renewed =
      (used !== undefined && staffTokens.access() !== used) ||
      (await (refreshing ??= refreshTokens().finally(() => (refreshing = undefined))));
    if (renewed) {
      try {
        return await request<T>(method, path, { ...options, token: staffTokens.access() });
      } catch (retryError) {
        if (!(retryError instanceof ApiRequestError) || retryError.status !== 401) throw retryError;
      }
    }
    staffTokens.clear();
    sessionEnded();
    throw error;
  }
}
