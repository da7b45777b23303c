import { exportJWK, generateKeyPair } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { errors, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

/**
 * A real OpenID Connect provider for the tests and for `npm run start:oidc` (panva's oidc-provider,
 * an OpenID-certified implementation): authorization code with PKCE for a public client, JWT access
 * tokens for the platform's audience carrying the user's groups, refresh tokens, and RP-initiated
 * logout. Its development login form accepts the login of any user below (the password is not
 * checked: it is a test provider, and nothing else may sign tokens it issues).
 */

export interface TestProviderUser {
  name: string;
  groups: string[];
}

/** Test people in directory groups, named as a municipality's directory might name them. */
export const TEST_PROVIDER_USERS: Record<string, TestProviderUser> = {
  'anna.omrade': { name: 'Anna Områdesgrupp', groups: ['tk-omradesgrupp-skaggetorp', 'alla-anstallda'] },
  'sven.styr': { name: 'Sven Styrgrupp', groups: ['tk-styrgrupp', 'alla-anstallda'] },
  'eva.est': { name: 'Eva EST', groups: ['tk-est'] },
  'olle.utan': { name: 'Olle Utan Roll', groups: ['alla-anstallda'] },
};

/** The mapping the platform is started with against this provider (the README's example, in small). */
export const TEST_PROVIDER_MAPPING = {
  contact: 'Trygghetskartans förvaltning på kommunens IT-servicedesk (servicedesk@example.invalid)',
  groups: {
    'tk-styrgrupp': { roles: ['steering_group'] },
    'tk-est': { roles: ['est'] },
    'tk-omradesgrupp-skaggetorp': { roles: ['area_group'], districts: ['skaggetorp'] },
  },
};

export const TEST_CLIENT_ID = 'trygghetskartan-web';
/** An absolute URI, as resource indicators must be (Entra ID's are api://…). */
export const TEST_AUDIENCE = 'api://trygghetskartan';
/** Another resource the provider serves: a token for it must not open the platform. */
export const OTHER_AUDIENCE = 'urn:example:other-app';

/**
 * The platform's sign-in settings against a test provider: production mode, this app registered
 * as a public client, the test mapping. `npm run start:oidc` and the tests start it with these.
 */
export function platformSignInEnv(issuer: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    AUTH_ISSUER: issuer,
    AUTH_CLIENT_ID: TEST_CLIENT_ID,
    AUTH_AUDIENCE: TEST_AUDIENCE,
    AUTH_SCOPES: 'openid profile offline_access',
    AUTH_ROLE_MAPPING: JSON.stringify(TEST_PROVIDER_MAPPING),
    AUTH_ALGORITHMS: 'RS256',
  };
}

export interface TestProviderOptions {
  port?: number;
  /** Where the platform will be: its callback and sign-out return addresses are registered. */
  appOrigins: string[];
  accessTokenTtlSeconds?: number;
}

export interface TestProvider {
  issuer: string;
  /** Signs an access token for a user as the provider would, for any audience it serves. */
  accessToken(userId: string, audience?: string): Promise<string>;
  /** How many refresh-token grants the provider has answered (the web renewing its token). */
  refreshes(): number;
  stop(): Promise<void>;
}

const SCOPES = ['openid', 'profile', 'groups', 'offline_access'];

function account(id: string) {
  const user = TEST_PROVIDER_USERS[id];
  // Any other login is a person the directory knows but who is in no group.
  const claims = { sub: id, name: user?.name ?? id, preferred_username: id, groups: user?.groups ?? [] };
  return { accountId: id, claims: async () => claims };
}

/** The resource servers: JWT access tokens, so that every subgraph verifies them on its own. */
const resource = (audience: string, options: TestProviderOptions) => ({
  audience,
  scope: 'api',
  accessTokenTTL: options.accessTokenTtlSeconds ?? 600,
  accessTokenFormat: 'jwt' as const,
  jwt: { sign: { alg: 'RS256' as const } },
});

function configuration(options: TestProviderOptions, keys: Configuration['jwks']): Configuration {
  const redirectUris = options.appOrigins.map((o) => `${o}/auth/callback`);
  return {
    jwks: keys,
    clients: [{
      client_id: TEST_CLIENT_ID,
      token_endpoint_auth_method: 'none',
      redirect_uris: redirectUris,
      post_logout_redirect_uris: options.appOrigins.map((o) => `${o}/`),
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    }],
    scopes: SCOPES,
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], groups: ['groups'] },
    findAccount: (_ctx, id) => account(id),
    cookies: { keys: ['trygghetskartan-test-provider-cookie-key'] },
    pkce: { required: () => true },
    // The web fetches discovery, tokens and revocation from the browser: only from the app's origins.
    clientBasedCORS: (_ctx, origin) => options.appOrigins.includes(origin),
    ttl: { AccessToken: options.accessTokenTtlSeconds ?? 600, IdToken: 600, RefreshToken: 86_400, Session: 86_400, Grant: 86_400, Interaction: 600 },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // The web asks for no resource: the platform's tokens are the default, as at Entra and Keycloak.
        defaultResource: () => TEST_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator === TEST_AUDIENCE || indicator === OTHER_AUDIENCE) return resource(indicator, options);
          throw new errors.InvalidTarget();
        },
      },
    },
    // The directory's groups travel in the access token, where the platform reads them.
    extraTokenClaims: async (ctx, token) => {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const claims = await account(token.accountId).claims();
      return { name: claims.name, groups: claims.groups };
    },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // The platform is a first-party app: its scopes are granted without a consent screen, as an
    // administrator grants them for the whole organisation at Entra ID or Keycloak.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { session, client, provider } = ctx.oidc;
      if (!session?.accountId || !client) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return provider.Grant.find(existing);
      const grant = new provider.Grant({ accountId: session.accountId, clientId: client.clientId });
      grant.addOIDCScope(SCOPES.join(' '));
      grant.addOIDCClaims(['name', 'preferred_username', 'groups']);
      grant.addResourceScope(TEST_AUDIENCE, 'api');
      await grant.save();
      session.ensureClientContainer(client.clientId);
      session.grantIdFor(client.clientId, grant.jti);
      return grant;
    },
  };
}

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: `test-${Math.random().toString(36).slice(2)}` };
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let refreshes = 0;
  const provider = new Provider(issuer, configuration(options, { keys: [jwk] }));
  provider.on('grant.success', (ctx: KoaContextWithOIDC) => {
    if (ctx.oidc.params?.grant_type === 'refresh_token') refreshes++;
  });
  // Its own noise (development interactions, cookies over http) is not the tests' concern.
  provider.on('server_error', (_ctx, error) => console.error('test provider:', error));
  server.on('request', provider.callback());
  return {
    issuer,
    refreshes: () => refreshes,
    async accessToken(userId, audience = TEST_AUDIENCE) {
      const { claims } = account(userId);
      const client = await provider.Client.find(TEST_CLIENT_ID);
      const { name, groups } = await claims();
      const resourceServer = new provider.ResourceServer(audience, resource(audience, options));
      const token = new provider.AccessToken({ accountId: userId, client: client!, grantId: 'test', gty: 'authorization_code', scope: 'api', resourceServer, extra: { name, groups } });
      return token.save();
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

