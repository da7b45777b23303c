import type { AuthConfig } from '../config.js';
import { createDemoIssuer, type DemoIssuer } from './demo.js';
import { createTokenVerifier, type TokenVerifier } from './verify.js';

export interface Auth {
  verify: TokenVerifier;
  /** The demo sign-in, when this process hosts it (demo mode, in the gateway's process). */
  demo: DemoIssuer | null;
}

/**
 * In demo mode the process that hosts the gateway makes (or reads) the demo signing key and
 * verifies against it in memory; a subgraph on its own verifies against the gateway's published
 * keys (AUTH_JWKS_URL). With an OIDC issuer everyone verifies against the issuer's keys.
 */
export async function createAuth(config: AuthConfig, keyDir: string | null, hostsDemoIssuer: boolean): Promise<Auth> {
  if (config.mode === 'oidc') {
    const { issuer, audience, algorithms, mapping, jwksUrl } = config;
    return { verify: createTokenVerifier({ issuer, audience, algorithms, mapping, jwksUrl: jwksUrl ?? undefined }), demo: null };
  }
  if (!hostsDemoIssuer) {
    if (!config.jwksUrl) throw new Error('In demo mode a subgraph on its own needs AUTH_JWKS_URL (the gateway\'s /auth/demo/jwks.json)');
    return { verify: createTokenVerifier({ ...config, algorithms: ['ES256'], jwksUrl: config.jwksUrl }), demo: null };
  }
  const demo = await createDemoIssuer({ issuer: config.issuer, audience: config.audience, dataDir: keyDir });
  return { verify: createTokenVerifier({ issuer: config.issuer, audience: config.audience, algorithms: ['ES256'], jwks: demo.jwks }), demo };
}
