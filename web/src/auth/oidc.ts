import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

/** The provider and this app's registration at it, as /config.json gives them. */
export interface OidcSettings {
  authority: string;
  clientId: string;
  scopes: string;
  redirectPath: string;
  postLogoutRedirectPath: string;
  renewBeforeSeconds: number;
}

/**
 * Authorization code with PKCE as a public client (oidc-client-ts does the protocol). Tokens and
 * the sign-in's state live in sessionStorage, never localStorage: closing the tab forgets them, and
 * nothing stays behind on a shared computer. The access token is renewed `renewBeforeSeconds`
 * before it expires, with the refresh token when the provider gave one, else in a hidden frame.
 */
export function createUserManager(settings: OidcSettings, origin: string, storage: Storage): UserManager {
  const store = new WebStorageStateStore({ store: storage, prefix: 'tk.oidc.' });
  return new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    scope: settings.scopes,
    response_type: 'code',
    redirect_uri: origin + settings.redirectPath,
    silent_redirect_uri: origin + settings.redirectPath,
    post_logout_redirect_uri: origin + settings.postLogoutRedirectPath,
    userStore: store,
    stateStore: store,
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: settings.renewBeforeSeconds,
    // The API reads the access token; the provider's userinfo adds nothing the app shows.
    loadUserInfo: false,
    monitorSession: false,
  });
}

/** Where to go after signing in: a path on this site only, never another origin or the callback. */
export function returnPath(value: unknown, settings: Pick<OidcSettings, 'redirectPath'>): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value.split(/[?#]/)[0] === settings.redirectPath ? '/' : value;
}

/** The state carried through the provider: the page the user came from. */
export function returnState(location: Pick<Location, 'pathname' | 'search' | 'hash'>): { returnTo: string } {
  return { returnTo: location.pathname + location.search + location.hash };
}

export const returnToOf = (user: User): unknown => (user.state as { returnTo?: unknown } | undefined)?.returnTo;
