import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, isUnauthenticated, request } from './client';
import { publicDistrictsQuery } from './operations';

function answer(status: number, body: unknown): Response {
  return new Response(body === undefined ? '' : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

afterEach(() => vi.unstubAllGlobals());

describe('request', () => {
  it('sends the bearer token only when there is one', async () => {
    const fetch = vi.fn(async () => answer(200, { data: { districts: [] } }));
    vi.stubGlobal('fetch', fetch);
    await request(publicDistrictsQuery, {}, { token: 'abc' });
    await request(publicDistrictsQuery, {});
    const headers = fetch.mock.calls.map((call) => (call as unknown as [string, RequestInit])[1].headers as Record<string, string>);
    expect(headers[0]?.authorization).toBe('Bearer abc');
    expect(headers[1]).not.toHaveProperty('authorization');
  });

  it("reads the gateway's 401 for an expired token as UNAUTHENTICATED", async () => {
    vi.stubGlobal('fetch', async () =>
      answer(401, { errors: [{ message: 'Invalid token: the token has expired: sign in again.', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    const error = await request(publicDistrictsQuery, {}, { token: 'old' }).catch((e: unknown) => e);
    expect(isUnauthenticated(error)).toBe(true);
    expect((error as ApiError).status).toBe(401);
  });

  it('treats a bare 401 as UNAUTHENTICATED too', async () => {
    vi.stubGlobal('fetch', async () => answer(401, undefined));
    expect(isUnauthenticated(await request(publicDistrictsQuery, {}, { token: 'old' }).catch((e: unknown) => e))).toBe(true);
  });

  it('keeps FORBIDDEN apart from UNAUTHENTICATED', async () => {
    vi.stubGlobal('fetch', async () =>
      answer(200, { data: { districts: null }, errors: [{ message: 'Tillsyn (licensing) may not see District.measures.', extensions: { code: 'FORBIDDEN' } }] }),
    );
    const error = await request(publicDistrictsQuery, {}, { token: 't' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('FORBIDDEN');
    expect(isUnauthenticated(error)).toBe(false);
  });
});

describe('request, a refused input', () => {
  it('keeps the field the server names in extensions.field', async () => {
    vi.stubGlobal('fetch', async () =>
      answer(200, {
        data: { districts: null },
        errors: [{ message: 'camera.rangeM must be 1–500 metres', extensions: { code: 'BAD_USER_INPUT', field: 'camera.rangeM' } }],
      }),
    );
    const error = await request(publicDistrictsQuery, {}, { token: 't' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'camera.rangeM', messages: ['camera.rangeM must be 1–500 metres'] });
  });

  it('has no field when the server names none', async () => {
    vi.stubGlobal('fetch', async () => answer(200, { data: null, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }));
    expect(await request(publicDistrictsQuery, {}, { token: 't' }).catch((e: unknown) => e)).toMatchObject({ code: 'FORBIDDEN', field: null });
  });
});
