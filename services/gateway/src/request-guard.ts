import { createRateLimiter, httpRefusal, identify, TokenError, type TokenVerifier } from '@tk/gis';
import { type Identity } from '@tk/access';
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

export interface GuardOptions {
  verify: TokenVerifier;
  maxBodyBytes: number;
  rateLimit: { capacity: number; refillPerSecond: number };
  /** Addresses or ranges (`10.0.0.0/8`, `loopback`) of proxies whose X-Forwarded-For is believed. */
  trustedProxies: string[];
}

export type GuardResult =
  | { ok: true; identity: Identity | null }
  | { ok: false; status: number; body: string; headers?: Record<string, string> };

/**
 * What every GraphQL request passes before the gateway plans it: a bounded body, a valid token
 * (or none), and the caller's rate (per signed-in subject, or per address when anonymous).
 */
export function createRequestGuard(options: GuardOptions) {
  const limiter = createRateLimiter(options.rateLimit);
  // Behind a proxy every request comes from the proxy: the client is the first untrusted address
  // in X-Forwarded-For, counted from the socket's end. With no trusted proxy the header is ignored.
  const trust = proxyAddr.compile(options.trustedProxies);
  const clientAddress = (req: IncomingMessage) => proxyAddr(req, trust);
  return async (req: IncomingMessage): Promise<GuardResult> => {
    if (req.method === 'POST') {
      const length = req.headers['content-length'];
      if (length === undefined) return { ok: false, ...httpRefusal(411, 'LENGTH_REQUIRED', 'A POST to /graphql must say its Content-Length.') };
      if (Number(length) > options.maxBodyBytes) {
        return { ok: false, ...httpRefusal(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${options.maxBodyBytes} bytes.`) };
      }
    }
    let identity: Identity | null;
    try {
      identity = await identify(req.headers.authorization, options.verify);
    } catch (error) {
      if (error instanceof TokenError) return { ok: false, ...httpRefusal(401, 'UNAUTHENTICATED', error.message) };
      throw error;
    }
    const decision = limiter.take(identity ? `sub:${identity.subject}` : `ip:${clientAddress(req)}`);
    if (!decision.allowed) {
      return {
        ok: false,
        ...httpRefusal(429, 'RATE_LIMITED', `Too many requests: try again in ${decision.retryAfterSeconds} s.`),
        headers: { 'retry-after': String(decision.retryAfterSeconds) },
      };
    }
    return { ok: true, identity };
  };
}
