import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function configFrom(body: unknown) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body))));
  const { loadWebConfig } = await import('./config');
  return loadWebConfig();
}

const OIDC = {
  authority: 'https://login.example/tenant/v2.0',
  clientId: 'c0ffee',
  scopes: 'openid profile offline_access api://tk/access',
  redirectPath: '/auth/callback',
  postLogoutRedirectPath: '/',
  renewBeforeSeconds: 90,
};

describe('the organisation\'s sign-in in /config.json', () => {
  it('reads the provider and the contact for access', async () => {
    expect(await configFrom({ demoSignIn: false, oidc: OIDC, accessContact: 'IT-servicedesk' })).toMatchObject({ oidc: OIDC, accessContact: 'IT-servicedesk' });
  });

  it('has no provider sign-in when a setting is missing, and a default renewal time', async () => {
    expect((await configFrom({ oidc: { ...OIDC, clientId: '' } })).oidc).toBeNull();
    vi.resetModules();
    expect((await configFrom({ oidc: { ...OIDC, renewBeforeSeconds: -5 } })).oidc?.renewBeforeSeconds).toBe(60);
    vi.resetModules();
    expect(await configFrom({ oidc: 'yes', accessContact: 42 })).toMatchObject({ oidc: null, accessContact: null });
  });
});
