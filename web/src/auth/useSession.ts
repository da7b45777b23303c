import type { User, UserManager } from 'oidc-client-ts';
import { computed, ref, shallowRef, type ComputedRef } from 'vue';
import { fetchSessionUser, requestDemoToken, SignInError, signInFailure } from '../api/auth';
import type { WebConfig } from '../api/config';
import { createUserManager, returnPath, returnState, returnToOf, type OidcSettings } from './oidc';
import { msUntilExpiry, readSession, writeSession, type Session, type SessionStore } from './session';

/**
 * The signed-in user, shared by the whole app: from the demo sign-in (outside production) or from
 * the organisation's OpenID Connect provider. Tokens live in sessionStorage, not localStorage:
 * closing the tab signs the user out, and a shared computer keeps no token.
 */

/**
 * Why the user was signed out (or not signed in) without asking for it, for the message shown:
 * the token ran out or was refused; it could not be renewed; the provider's answer was not usable.
 */
export type SignOutNotice = 'expired' | 'renewFailed' | 'signInFailed';

const NO_STORAGE: SessionStore = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };

function store(): SessionStore {
  try {
    return window.sessionStorage;
  } catch {
    return NO_STORAGE;
  }
}

// real time: a token expires in real time, whatever the app's clock says
const tokenTime = () => new Date();

const stored = readSession(store(), tokenTime());
const session = shallowRef<Session | null>(stored.session);
const notice = ref<SignOutNotice | null>(stored.expired ? 'expired' : null);
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
/** Set when the installation signs in at an OpenID Connect provider (then there is no demo sign-in). */
let provider: { manager: UserManager; settings: OidcSettings } | null = null;

// setTimeout fires at once for delays beyond 2^31 − 1 ms; such a timer is simply set again.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

function scheduleExpiry(): void {
  clearTimeout(expiryTimer);
  const current = session.value;
  // The provider's session renews itself and says when its token has expired (below).
  if (!current || provider) return;
  const delay = msUntilExpiry(current, tokenTime());
  expiryTimer = setTimeout(() => {
    if (session.value !== current) return;
    if (msUntilExpiry(current, tokenTime()) > 0) scheduleExpiry();
    else signOut('expired');
  }, Math.min(delay, MAX_TIMEOUT_MS));
}

function setSession(next: Session | null): void {
  session.value = next;
  // The provider's tokens are kept by oidc-client-ts (in sessionStorage too); only a demo session is ours to keep.
  if (!provider) writeSession(store(), next);
  scheduleExpiry();
}

/** Signs in as a demo user; throws SignInError with a readable message when that fails. */
async function signInAsDemoUser(userId: string): Promise<Session> {
  const next = await requestDemoToken(userId);
  notice.value = null;
  setSession(next);
  return next;
}

/**
 * A token from the provider becomes the session once the platform has said who it is for. A
 * renewed token whose check cannot reach the platform keeps the person as they were.
 */
async function adopt(user: User): Promise<void> {
  const token = user.access_token;
  const expiresAt = new Date((user.expires_at ?? 0) * 1000).toISOString();
  try {
    setSession({ token, expiresAt, user: await fetchSessionUser(token) });
  } catch (error) {
    const known = session.value?.user;
    if (known && signInFailure(error) === 'unreachable') return setSession({ token, expiresAt, user: known });
    await provider?.manager.removeUser();
    notice.value = 'signInFailed';
    setSession(null);
  }
}

/** Goes to the provider's sign-in page; back at `returnTo` afterwards (see startSession), this page by default. */
async function signInWithProvider(returnTo = returnState(window.location).returnTo): Promise<void> {
  if (!provider) throw new SignInError('unavailable');
  try {
    await provider.manager.signinRedirect({ state: { returnTo } });
  } catch {
    throw new SignInError('unreachable');
  }
}

/** Ends the session at the provider too, after revoking its refresh token where the provider can. */
async function signOutAtProvider(manager: UserManager): Promise<void> {
  await manager.revokeTokens(['refresh_token']).catch(() => undefined);
  try {
    await manager.signoutRedirect();
  } catch {
    // The provider cannot be reached: the tokens are gone here, which is what matters on this computer.
    await manager.removeUser();
  }
}

/** `expired` when the token ran out or the server refused it; the user is told so. */
function signOut(reason: 'user' | SignOutNotice = 'user'): void {
  notice.value = reason === 'user' ? null : reason;
  setSession(null);
  if (!provider) return;
  if (reason === 'user') void signOutAtProvider(provider.manager);
  else void provider.manager.removeUser();
}

function dismissNotice(): void {
  notice.value = null;
}

/** Back from the provider: finish the sign-in (or the hidden renewal frame's part of it). */
async function finishSignIn(manager: UserManager, settings: OidcSettings): Promise<'app' | 'frame'> {
  if (window.parent !== window) {
    await manager.signinCallback().catch(() => undefined);
    return 'frame';
  }
  try {
    const user = await manager.signinCallback();
    window.history.replaceState(null, '', returnPath(user && returnToOf(user), settings));
  } catch {
    notice.value = 'signInFailed';
    window.history.replaceState(null, '', '/');
  }
  return 'app';
}

/**
 * Called once before the app mounts. With a provider configured it finishes a sign-in that comes
 * back from it, takes up a session kept in this tab (a reload stays signed in), and follows the
 * renewals. 'frame': this page is the hidden renewal frame, and no app is to be shown in it.
 */
export async function startSession(config: WebConfig): Promise<'app' | 'frame'> {
  if (!config.oidc) return 'app';
  // A demo session from another installation on this origin grants nothing here.
  writeSession(store(), null);
  session.value = null;
  const manager = createUserManager(config.oidc, window.location.origin, window.sessionStorage);
  provider = { manager, settings: config.oidc };
  if (window.location.pathname === config.oidc.redirectPath && (await finishSignIn(manager, config.oidc)) === 'frame') return 'frame';
  const user = await manager.getUser().catch(() => null);
  if (user && !user.expired) await adopt(user);
  else if (user) await manager.signinSilent().then((renewed) => (renewed ? adopt(renewed) : signOut('expired')), () => signOut('expired'));
  manager.events.addUserLoaded((renewed) => void adopt(renewed));
  manager.events.addSilentRenewError(() => {
    notice.value = 'renewFailed';
  });
  manager.events.addAccessTokenExpired(() => signOut('expired'));
  return 'app';
}

scheduleExpiry();

export interface SessionState {
  session: ComputedRef<Session | null>;
  notice: ComputedRef<SignOutNotice | null>;
  signInAsDemoUser: (userId: string) => Promise<Session>;
  signInWithProvider: (returnTo?: string) => Promise<void>;
  signOut: (reason?: 'user' | SignOutNotice) => void;
  dismissNotice: () => void;
}

// Read-only views: only the functions above change the session.
const sessionView = computed(() => session.value);
const noticeView = computed(() => notice.value);

export function useSession(): SessionState {
  return { session: sessionView, notice: noticeView, signInAsDemoUser, signInWithProvider, signOut, dismissNotice };
}
