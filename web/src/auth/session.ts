import { ROLES, type Identity, type Role } from '@tk/access';

/** The signed-in user as the token endpoint describes them. */
export interface SessionUser {
  id: string;
  name: string;
  roles: Role[];
  /** The districts of an area group (områdesgrupp). */
  districts: string[];
  /** The organisation of a property owner (fastighetsägare). */
  organisation: string | null;
}

export interface Session {
  token: string;
  /** ISO 8601; the server refuses the token from then on. */
  expiresAt: string;
  user: SessionUser;
}

/** The part of Web Storage used here, so the tests can pass a plain object. */
export type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const SESSION_KEY = 'tk.session';

/**
 * A token this close to its expiry counts as expired: a request sent with it could arrive after
 * the server stopped accepting it, and clocks differ a little.
 */
export const EXPIRY_MARGIN_MS = 30_000;

const isString = (value: unknown): value is string => typeof value === 'string';
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter(isString) : []);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Unknown roles are dropped, as the server does: they grant nothing. */
export function parseUser(value: unknown): SessionUser | null {
  if (!isRecord(value) || !isString(value.id) || !isString(value.name)) return null;
  return {
    id: value.id,
    name: value.name,
    roles: strings(value.roles).filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    districts: strings(value.districts),
    organisation: isString(value.organisation) ? value.organisation : null,
  };
}

/** A session from untrusted JSON (storage, the token endpoint), or null when it is not one. */
export function parseSession(value: unknown): Session | null {
  if (!isRecord(value) || !isString(value.token) || !value.token || !isString(value.expiresAt)) return null;
  const user = parseUser(value.user);
  if (!user || Number.isNaN(Date.parse(value.expiresAt))) return null;
  return { token: value.token, expiresAt: value.expiresAt, user };
}

/** Milliseconds the session may still be used, never below 0. */
export function msUntilExpiry(session: Session, now: Date): number {
  return Math.max(0, Date.parse(session.expiresAt) - EXPIRY_MARGIN_MS - now.getTime());
}

export function isExpired(session: Session, now: Date): boolean {
  return msUntilExpiry(session, now) === 0;
}

export interface StoredSession {
  session: Session | null;
  /** True when a stored session was dropped because it had expired, so the user can be told. */
  expired: boolean;
}

/**
 * The stored session if it is still usable. An expired or unreadable one is removed, so that it
 * is not sent again. Blocked storage (private mode, policies) just means nobody is signed in.
 */
export function readSession(store: SessionStore, now: Date): StoredSession {
  try {
    const raw = store.getItem(SESSION_KEY);
    if (raw === null) return { session: null, expired: false };
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(raw);
    } catch {
      // Treated like any other unreadable value below.
    }
    const session = parseSession(parsed);
    if (session && !isExpired(session, now)) return { session, expired: false };
    store.removeItem(SESSION_KEY);
    return { session: null, expired: session !== null };
  } catch {
    return { session: null, expired: false };
  }
}

export function writeSession(store: SessionStore, session: Session | null): void {
  try {
    if (session) store.setItem(SESSION_KEY, JSON.stringify(session));
    else store.removeItem(SESSION_KEY);
  } catch {
    // Not remembering the session only means signing in again after a reload.
  }
}

/** The user as the access rules of @tk/access see them. */
export function identityOf(user: SessionUser): Identity {
  return { subject: user.id, name: user.name, roles: user.roles, districtIds: user.districts, organisationId: user.organisation };
}
