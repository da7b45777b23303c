import { createLocalJWKSet, createRemoteJWKSet, errors as joseErrors, jwtVerify, type JSONWebKeySet } from 'jose';
import { identityFromClaims, type Identity } from './identity.js';

export interface AuthSettings {
  issuer: string;
  audience: string;
  /** Algorithms a token may be signed with; `none` and HMAC are never accepted. */
  algorithms: string[];
  /** Where the issuer publishes its keys (OIDC `jwks_uri`)… */
  jwksUrl?: string;
  /** …or the keys themselves (the built-in demo issuer, in the same process). */
  jwks?: JSONWebKeySet;
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
  return 'the token could not be read';
}

export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
  const keys = settings.jwks
    ? createLocalJWKSet(settings.jwks)
    : createRemoteJWKSet(new URL(settings.jwksUrl ?? `${settings.issuer.replace(/\/$/, '')}/.well-known/jwks.json`));
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
      return identityFromClaims(payload);
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
