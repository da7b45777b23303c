import { describe, expect, it } from 'vitest';
import {
  EXPIRY_MARGIN_MS,
  isExpired,
  msUntilExpiry,
  parseSession,
  readSession,
  SESSION_KEY,
  writeSession,
  type Session,
  type SessionStore,
} from './session';

const NOW = new Date('2026-11-26T12:00:00Z');
const inMinutes = (minutes: number): string => new Date(NOW.getTime() + minutes * 60_000).toISOString();

const session = (expiresAt: string): Session => ({
  token: 'header.payload.signature',
  expiresAt,
  user: { id: 'est', name: 'EST-gruppen', roles: ['est'], districts: [], organisation: null },
});

function memoryStore(initial: Record<string, string> = {}): SessionStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('token expiry', () => {
  it('counts the time left minus a safety margin', () => {
    expect(msUntilExpiry(session(inMinutes(10)), NOW)).toBe(10 * 60_000 - EXPIRY_MARGIN_MS);
  });

  it('treats a token as expired within the margin and after its expiry', () => {
    expect(isExpired(session(inMinutes(60)), NOW)).toBe(false);
    expect(isExpired(session(new Date(NOW.getTime() + EXPIRY_MARGIN_MS - 1).toISOString()), NOW)).toBe(true);
    expect(isExpired(session(inMinutes(-1)), NOW)).toBe(true);
    expect(msUntilExpiry(session(inMinutes(-5)), NOW)).toBe(0);
  });
});

describe('parseSession', () => {
  it('accepts the token endpoint answer and drops unknown roles', () => {
    const parsed = parseSession({
      token: 't',
      expiresAt: inMinutes(5),
      user: { id: 'x', name: 'X', roles: ['area_group', 'superuser'], districts: ['ryd', 3], organisation: null, description: '…' },
    });
    expect(parsed?.user).toEqual({ id: 'x', name: 'X', roles: ['area_group'], districts: ['ryd'], organisation: null });
  });

  it('refuses anything without a token, a readable expiry or a user', () => {
    expect(parseSession(null)).toBeNull();
    expect(parseSession({ token: '', expiresAt: inMinutes(5), user: { id: 'a', name: 'A' } })).toBeNull();
    expect(parseSession({ token: 't', expiresAt: 'soon', user: { id: 'a', name: 'A' } })).toBeNull();
    expect(parseSession({ token: 't', expiresAt: inMinutes(5) })).toBeNull();
  });
});

describe('readSession and writeSession', () => {
  it('keeps a valid session', () => {
    const store = memoryStore();
    writeSession(store, session(inMinutes(30)));
    expect(readSession(store, NOW)).toEqual({ session: session(inMinutes(30)), expired: false });
  });

  it('drops an expired session from storage and says it expired', () => {
    const store = memoryStore({ [SESSION_KEY]: JSON.stringify(session(inMinutes(-1))) });
    expect(readSession(store, NOW)).toEqual({ session: null, expired: true });
    expect(store.data.has(SESSION_KEY)).toBe(false);
  });

  it('drops unreadable values without calling them expired', () => {
    const store = memoryStore({ [SESSION_KEY]: '{not json' });
    expect(readSession(store, NOW)).toEqual({ session: null, expired: false });
    expect(store.data.has(SESSION_KEY)).toBe(false);
  });

  it('is signed out when storage is blocked', () => {
    const blocked: SessionStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readSession(blocked, NOW)).toEqual({ session: null, expired: false });
    expect(() => writeSession(blocked, session(inMinutes(5)))).not.toThrow();
  });

  it('removes the session on sign-out', () => {
    const store = memoryStore();
    writeSession(store, session(inMinutes(30)));
    writeSession(store, null);
    expect(store.data.size).toBe(0);
  });
});
