import { computed, ref, shallowRef, type ComputedRef } from 'vue';
import { requestDemoToken } from '../api/auth';
import { msUntilExpiry, readSession, writeSession, type Session, type SessionStore } from './session';

/**
 * The signed-in user, shared by the whole app. The token lives in sessionStorage, not
 * localStorage: closing the tab signs the user out, and a shared computer keeps no token.
 */

/** Why the user was signed out without asking for it, for the message shown next. */
export type SignOutNotice = 'expired';

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

// setTimeout fires at once for delays beyond 2^31 − 1 ms; such a timer is simply set again.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

function scheduleExpiry(): void {
  clearTimeout(expiryTimer);
  const current = session.value;
  if (!current) return;
  const delay = msUntilExpiry(current, tokenTime());
  expiryTimer = setTimeout(() => {
    if (session.value !== current) return;
    if (msUntilExpiry(current, tokenTime()) > 0) scheduleExpiry();
    else signOut('expired');
  }, Math.min(delay, MAX_TIMEOUT_MS));
}

function setSession(next: Session | null): void {
  session.value = next;
  writeSession(store(), next);
  scheduleExpiry();
}

/** Signs in as a demo user; throws SignInError with a readable message when that fails. */
async function signInAsDemoUser(userId: string): Promise<Session> {
  const next = await requestDemoToken(userId);
  notice.value = null;
  setSession(next);
  return next;
}

/** `expired` when the token ran out or the server refused it; the user is told so. */
function signOut(reason: 'user' | SignOutNotice = 'user'): void {
  notice.value = reason === 'user' ? null : reason;
  setSession(null);
}

function dismissNotice(): void {
  notice.value = null;
}

scheduleExpiry();

export interface SessionState {
  session: ComputedRef<Session | null>;
  notice: ComputedRef<SignOutNotice | null>;
  signInAsDemoUser: (userId: string) => Promise<Session>;
  signOut: (reason?: 'user' | SignOutNotice) => void;
  dismissNotice: () => void;
}

// Read-only views: only the functions above change the session.
const sessionView = computed(() => session.value);
const noticeView = computed(() => notice.value);

export function useSession(): SessionState {
  return { session: sessionView, notice: noticeView, signInAsDemoUser, signOut, dismissNotice };
}
