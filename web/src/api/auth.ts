import { parseSession, parseUser, type Session, type SessionUser } from '../auth/session';

/** A demo account to sign in as (GET /auth/demo/users). */
export interface DemoUser extends SessionUser {
  /** In Swedish only: the server has no translations. */
  description: string;
}

/** The demo sign-in failed; the message is the server's or the network's, for the user to read. */
export class SignInError extends Error {
  override readonly name = 'SignInError';
}

async function getJson(url: string, init: RequestInit = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    throw new SignInError(error instanceof Error ? error.message : String(error));
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { error?: unknown } | null)?.error;
    throw new SignInError(typeof message === 'string' ? message : `HTTP ${response.status}`);
  }
  return body;
}

export async function fetchDemoUsers(signal?: AbortSignal): Promise<DemoUser[]> {
  const body = await getJson('/auth/demo/users', { signal });
  if (!Array.isArray(body)) throw new SignInError('The server sent no list of demo users');
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
  if (!session) throw new SignInError('The server sent no usable token');
  return session;
}
