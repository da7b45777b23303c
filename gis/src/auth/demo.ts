import { exportJWK, generateKeyPair, importJWK, SignJWT, type JSONWebKeySet, type JWK } from 'jose';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@tk/access';

/**
 * The built-in demo sign-in: one user per role, tokens signed with a key made at first start and
 * kept in the data directory. It exists only outside production and without a configured issuer.
 */
export interface DemoUser {
  id: string;
  name: string;
  roles: Role[];
  districts?: string[];
  organisation?: string;
  description: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { id: 'styrgruppen', name: 'Styrgruppen', roles: ['steering_group'], description: 'Följer upp planen; ser sammanställningar, inte enskilda händelser' },
  { id: 'beredningsgruppen', name: 'Beredningsgruppen', roles: ['preparation_group'], description: 'Bereder; ser det styrgruppen ser' },
  { id: 'est', name: 'EST-gruppen', roles: ['est'], description: 'Tar fram den veckovisa lägesbilden' },
  { id: 'omradesgrupp-skaggetorp', name: 'Områdesgrupp Skäggetorp', roles: ['area_group'], districts: ['skaggetorp'], description: 'Planerar åtgärder och närvaro i Skäggetorp' },
  { id: 'omradesgrupp-ryd', name: 'Områdesgrupp Ryd', roles: ['area_group'], districts: ['ryd'], description: 'Planerar åtgärder och närvaro i Ryd' },
  { id: 'omradesgrupp-berga', name: 'Områdesgrupp Berga', roles: ['area_group'], districts: ['berga'], description: 'Planerar åtgärder och närvaro i Berga' },
  { id: 'omradesgrupp-city', name: 'Områdesgrupp City', roles: ['area_group'], districts: ['city'], description: 'Planerar åtgärder och närvaro i City' },
  { id: 'stangastaden', name: 'AB Stångåstaden', roles: ['property_owner'], organisation: 'stangastaden', description: 'Fastighetsägare: ser händelser och åtgärder på sina fastigheter' },
  { id: 'lingonet', name: 'Fastighets AB Lingonet (demo)', roles: ['property_owner'], organisation: 'lingonet', description: 'Påhittad fastighetsägare, för att visa att ägare bara ser sitt' },
  { id: 'tillsyn', name: 'Tillsyn', roles: ['licensing'], description: 'Tillsyn av serveringstillstånd' },
  { id: 'polisen', name: 'Polisen', roles: ['police'], description: 'Lokalpolisområde Linköping' },
  { id: 'admin', name: 'Administratör', roles: ['admin'], description: 'Förvaltar systemet; läser granskningsloggen' },
];

export interface DemoIssuer {
  issuer: string;
  audience: string;
  jwks: JSONWebKeySet;
  issue(userId: string, ttlSeconds?: number): Promise<{ token: string; expiresAt: string; user: DemoUser }>;
  /** Signs any claims with the demo key (the security tests forge wrong audiences and expiries). */
  sign(claims: Record<string, unknown>, options?: { issuer?: string; audience?: string; subject?: string; expiresInSeconds?: number }): Promise<string>;
}

const ALG = 'ES256';

async function loadOrCreateKey(dataDir: string | null): Promise<JWK> {
  const file = dataDir ? join(dataDir, 'demo-auth-key.json') : null;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const { privateKey } = await generateKeyPair(ALG, { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: ALG, kid: `demo-${Date.now().toString(36)}` }; // real time: a key id, unique per key made
  if (file) {
    mkdirSync(dataDir!, { recursive: true });
    writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  }
  return jwk;
}

/** With `dataDir` the key survives restarts (tokens stay valid); without, it lives in memory. */
export async function createDemoIssuer(options: { issuer: string; audience: string; dataDir: string | null }): Promise<DemoIssuer> {
  const privateJwk = await loadOrCreateKey(options.dataDir);
  const { d: _private, ...publicJwk } = privateJwk;
  const key = await importJWK(privateJwk, ALG);
  const sign: DemoIssuer['sign'] = (claims, o = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: ALG, kid: privateJwk.kid })
      .setIssuer(o.issuer ?? options.issuer)
      .setAudience(o.audience ?? options.audience)
      .setSubject(o.subject ?? 'demo:anyone')
      .setIssuedAt()
      // real time: every party checks a token's expiry against the real time, whatever NOW says
      .setExpirationTime(Math.floor(Date.now() / 1000) + (o.expiresInSeconds ?? 3600))
      .sign(key);
  return {
    issuer: options.issuer,
    audience: options.audience,
    jwks: { keys: [publicJwk] },
    sign,
    async issue(userId, ttlSeconds = 8 * 3600) {
      const user = DEMO_USERS.find((u) => u.id === userId);
      if (!user) throw new Error(`No demo user "${userId}"`);
      const claims = { name: user.name, roles: user.roles, districts: user.districts ?? [], organisation: user.organisation };
      const token = await sign(claims, { subject: `demo:${user.id}`, expiresInSeconds: ttlSeconds });
      // real time: as the token's own expiry
      return { token, expiresAt: new Date(Date.now() + ttlSeconds * 1000).toISOString(), user };
    },
  };
}
