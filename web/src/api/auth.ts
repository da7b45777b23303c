import { parseSession, parseUser, type Session, type SessionUser } from '../auth/session';

/** A demo account to sign in as (GET /auth/demo/users). */
export interface DemoUser extends SessionUser {
  /** In Swedish only: the server has no translations. */
  description: string;
}

/**
 * Why signing in failed, as the web words it (signIn.errors.* in the messages); the server's own
 * text never reaches the page. `refused`: the server said no (401/403/400); `unreachable`: no
 * answer (network, 5xx, the provider down); `badAnswer`: an answer the web cannot use.
 */
export type SignInFailure = 'refused' | 'unreachable' | 'badAnswer' | 'unavailable';

export class SignInError extends Error {
  override readonly name = 'SignInError';
  constructor(readonly reason: SignInFailure) {
    super(`Sign-in failed: ${reason}`);
  }
}

export const signInFailure = (error: unknown): SignInFailure => (error instanceof SignInError ? error.reason : 'unreachable');

async function getJson(url: string, init: RequestInit = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch {
    throw new SignInError('unreachable');
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status >= 500) throw new SignInError('unreachable');
  if (!response.ok) throw new SignInError('refused');
  return body;
}

export async function fetchDemoUsers(signal?: AbortSignal): Promise<DemoUser[]> {
  const body = await getJson('/auth/demo/users', { signal });
  if (!Array.isArray(body)) throw new SignInError('badAnswer');
  return body.flatMap((entry: unknown) => {
    const user = parseUser(entry);
    const description = (entry as { description?: unknown }).description;
    return user ? [{ ...user, description: typeof description === 'string' ? description : '' }] : [];
  });
}

/** A token for the demo user; the session carries it with its expiry and the user's roles. */
export async function requestDemoToken(userId: string): Promise<Session> {
  const body = await getJson('/auth/demo/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: userId }),
  });
  const session = parseSession(body);
  if (!session) throw new SignInError('badAnswer');
  return session;
}

/**
 * Who the provider's access token is for here (GET /auth/me): the roles, districts and
 * organisation the platform maps the person's groups to. No roles: the "no role" page.
 */
export async function fetchSessionUser(accessToken: string): Promise<SessionUser> {
  const user = parseUser(await getJson('/auth/me', { headers: { authorization: `Bearer ${accessToken}` } }));
  if (!user) throw new SignInError('badAnswer');
  return user;
}
