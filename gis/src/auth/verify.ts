import { createLocalJWKSet, createRemoteJWKSet, errors as joseErrors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { identityFromClaims, type Identity } from '@tk/access';
import { identityFromMappedClaims, type RoleMapping } from './mapping.js';

export interface AuthSettings {
  issuer: string;
  audience: string;
  /** Algorithms a token may be signed with; `none` and HMAC are never accepted. */
  algorithms: string[];
  /** Where the issuer publishes its keys; unset: the `jwks_uri` of the issuer's discovery document… */
  jwksUrl?: string;
  /** …or the keys themselves (the built-in demo issuer, in the same process). */
  jwks?: JSONWebKeySet;
  /**
   * The organisation's groups-to-roles mapping. Without it (the demo sign-in) the token's own
   * `roles`, `districts` and `organisation` claims are read.
   */
  mapping?: RoleMapping;
}

export class TokenError extends Error {
  override name = 'TokenError';
}

export type TokenVerifier = (token: string) => Promise<Identity>;

// What a person can act on; the library's own wording stays in the server log.
function reason(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'the token has expired: sign in again';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is not accepted`;
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm that is not accepted';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed || error instanceof joseErrors.JWKSNoMatchingKey) {
    return 'the token is not signed by the configured issuer';
  }
  if (error instanceof DiscoveryError || error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid) {
    return "the issuer's keys could not be fetched";
  }
  return 'the token could not be read';
}

class DiscoveryError extends Error {}

/** The issuer's `jwks_uri`, read from its discovery document, which must name the same issuer. */
async function discoverJwksUri(issuer: string): Promise<URL> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(5_000) });
  const body = (await response.json().catch(() => null)) as { issuer?: unknown; jwks_uri?: unknown } | null;
  if (!response.ok || body?.issuer !== issuer || typeof body.jwks_uri !== 'string' || !/^https?:\/\//.test(body.jwks_uri)) {
    throw new DiscoveryError(`${url} does not describe the issuer ${issuer} with a jwks_uri`);
  }
  return new URL(body.jwks_uri);
}

/**
 * The issuer's keys (jose caches them and refetches on an unknown key id). Found by discovery the
 * first time a token arrives, so that a provider that is down at start does not stop the platform;
 * a failed discovery is tried again with the next token.
 */
function remoteKeys(settings: AuthSettings): JWTVerifyGetKey {
  if (settings.jwksUrl) return createRemoteJWKSet(new URL(settings.jwksUrl));
  let keys: Promise<JWTVerifyGetKey> | null = null;
  return async (header, token) => {
    keys ??= discoverJwksUri(settings.issuer).then((uri) => createRemoteJWKSet(uri));
    try {
      return await (await keys)(header, token);
    } catch (error) {
      if (!(error instanceof joseErrors.JOSEError)) keys = null;
      throw error;
    }
  };
}

export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
  const keys = settings.jwks ? createLocalJWKSet(settings.jwks) : remoteKeys(settings);
  const algorithms = settings.algorithms.filter((a) => a !== 'none' && !a.startsWith('HS'));
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: 30,
      });
      return settings.mapping ? identityFromMappedClaims(payload, settings.mapping) : identityFromClaims(payload);
    } catch (error) {
      throw new TokenError(`Invalid token: ${reason(error)}.`);
    }
  };
}

/** The bearer token of an Authorization header; undefined when there is none. */
export function bearerToken(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new TokenError('Invalid Authorization header: expected "Bearer <token>".');
  return match[1];
}

/** The identity of a request: null when anonymous, a TokenError when the token is bad. */
export async function identify(header: string | null | undefined, verify: TokenVerifier): Promise<Identity | null> {
  const token = bearerToken(header);
  return token === undefined ? null : verify(token);
}
