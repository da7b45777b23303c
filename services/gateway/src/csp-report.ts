import { BodyTooLargeError, createRateLimiter, readBody, sendError } from '@tk/gis';
import type { IncomingMessage, ServerResponse } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * The platform's own receiver of content security policy reports, at `/csp-report`: a municipality
 * rolling the policy out sets `CSP_REPORT_URI=/csp-report` (with `CSP_REPORT_ONLY=true` first) and
 * reads what would be blocked in the gateway's log. Anyone can post here, so a body is small, a
 * sender is rate limited, and only a few short fields are kept: no query string or fragment of any
 * URL (a sign-in callback's code, a deep link's district), no script sample.
 */
export const CSP_REPORT_PATH = '/csp-report';

export interface PolicyViolation {
  document: string;
  directive: string;
  blocked: string;
  disposition: string;
  source: string | null;
  line: number | null;
}

const MAX_BYTES = 16_384;
const MAX_REPORTS = 20;
const MAX_TEXT = 300;
// report-uri sends application/csp-report, the Reporting API application/reports+json.
const TYPES = new Set(['application/csp-report', 'application/reports+json', 'application/json']);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A URL without its query and fragment; a keyword such as "inline" or "eval" as it is. */
function withoutQuery(value: unknown): string {
  if (typeof value !== 'string') return '';
  const text = value.slice(0, 2_000);
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:' ? url.origin + url.pathname : url.protocol).slice(0, MAX_TEXT);
  } catch {
    return text.replace(/[?#].*$/s, '').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, MAX_TEXT);
  }
}

const word = (value: unknown): string => (typeof value === 'string' ? value.replace(/[^\w-]/g, '').slice(0, 60) : '');
const lineOf = (value: unknown): number | null => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : null);

/** Both shapes a browser sends, read into one; anything else is no report. */
export function violationsOf(body: unknown): PolicyViolation[] {
  if (isObject(body) && isObject(body['csp-report'])) {
    const r = body['csp-report'];
    return [{
      document: withoutQuery(r['document-uri']),
      directive: word(r['effective-directive'] ?? r['violated-directive']),
      blocked: withoutQuery(r['blocked-uri']),
      disposition: word(r.disposition),
      source: r['source-file'] ? withoutQuery(r['source-file']) : null,
      line: lineOf(r['line-number']),
    }];
  }
  if (!Array.isArray(body)) return [];
  return body
    .slice(0, MAX_REPORTS)
    .filter((r): r is Json => isObject(r) && r.type === 'csp-violation' && isObject(r.body))
    .map((r) => {
      const b = r.body as Json;
      return {
        document: withoutQuery(b.documentURL ?? r.url),
        directive: word(b.effectiveDirective),
        blocked: withoutQuery(b.blockedURL),
        disposition: word(b.disposition),
        source: b.sourceFile ? withoutQuery(b.sourceFile) : null,
        line: lineOf(b.lineNumber),
      };
    });
}

export interface ReportReceiverOptions {
  trustedProxies: string[];
  /** Where a violation goes; the gateway's log by default. */
  log?: (violation: PolicyViolation) => void;
}

const toLog = (violation: PolicyViolation) => console.warn(JSON.stringify({ event: 'csp-violation', ...violation }));

export function createReportReceiver(options: ReportReceiverOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  // A browser sends one report per blocked thing: a page with a broken policy sends many at once.
  const limiter = createRateLimiter({ capacity: 60, refillPerSecond: 1 });
  const trust = proxyAddr.compile(options.trustedProxies);
  const log = options.log ?? toLog;
  return async (req, res) => {
    if (req.method !== 'POST') return sendError(res, 405, 'METHOD_NOT_ALLOWED', 'Reports are sent with POST', { allow: 'POST' });
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (!TYPES.has(type)) return sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'A report is application/csp-report or application/reports+json');
    const decision = limiter.take(proxyAddr(req, trust));
    if (!decision.allowed) {
      req.resume();
      return sendError(res, 429, 'RATE_LIMITED', 'Too many reports', { 'retry-after': String(decision.retryAfterSeconds) });
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req, MAX_BYTES));
    } catch (error) {
      if (error instanceof BodyTooLargeError) return sendError(res, 413, 'PAYLOAD_TOO_LARGE', error.message);
      return sendError(res, 400, 'BAD_REQUEST', 'A report is JSON');
    }
    const violations = violationsOf(body);
    if (violations.length === 0) return sendError(res, 400, 'BAD_REQUEST', 'The body holds no policy violation report');
    violations.forEach(log);
    res.writeHead(204).end();
  };
}
