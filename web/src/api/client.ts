import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { isRefusalReason, type RefusalReason } from '@tk/input';

/**
 * What the web shows of a failure: why and where, never the server's words (English, for
 * developers). i18n/refusal.ts turns it into a sentence; the form's own checks make them too.
 */
export interface Refusal {
  /** extensions.code, CLIENT for the form's own checks, or HTTP_ERROR / NETWORK_ERROR / BAD_RESPONSE / ERROR. */
  code: string;
  reason: RefusalReason | null;
  /** The input's path, e.g. "camera.rangeM". */
  field: string | null;
  min?: number;
  max?: number;
}

/** The API answered with GraphQL errors, a failed HTTP status, or could not be reached at all. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    message: string,
    /** extensions.code of the first GraphQL error, or HTTP_ERROR / NETWORK_ERROR / BAD_RESPONSE. */
    readonly code: string,
    readonly messages: readonly string[] = [message],
    /** The HTTP status, when the server answered at all. */
    readonly status: number | null = null,
    /** extensions.field of the first GraphQL error that names one: the input the server refused. */
    readonly field: string | null = null,
    /** extensions.reason, min and max of that error (or of the first error): what the web translates. */
    readonly why: Pick<Refusal, 'reason' | 'min' | 'max'> = { reason: null },
  ) {
    super(code ? `${message} (${code})` : message);
  }
}

interface GraphQLErrorBody {
  message?: unknown;
  extensions?: { code?: unknown; field?: unknown; reason?: unknown; min?: unknown; max?: unknown };
}

interface GraphQLResponseBody<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorBody[];
}

export interface RequestOptions {
  endpoint?: string;
  signal?: AbortSignal;
  /** A bearer token; without one only the public fields answer. */
  token?: string | null;
}

/** Any failure as a Refusal: an ApiError keeps its code, reason, field and bounds; anything else is ERROR. */
export function toRefusal(cause: unknown): Refusal {
  if (!(cause instanceof ApiError)) return { code: 'ERROR', reason: null, field: null };
  const { reason, min, max } = cause.why;
  return { code: cause.code, reason, field: cause.field, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/** The token was refused (expired, unreadable) or a field needs a signed-in user. */
export const isUnauthenticated = (error: unknown): boolean => error instanceof ApiError && error.code === 'UNAUTHENTICATED';

function errorFromGraphQL(errors: GraphQLErrorBody[], status: number): ApiError {
  const messages = errors.map((e) => (typeof e.message === 'string' ? e.message : 'Unknown GraphQL error'));
  const code = errors.map((e) => e.extensions?.code).find((c): c is string => typeof c === 'string');
  const field = errors.map((e) => e.extensions?.field).find((f): f is string => typeof f === 'string') ?? null;
  const first = (errors.find((e) => typeof e.extensions?.field === 'string') ?? errors[0])?.extensions ?? {};
  const number = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
  const why = { reason: isRefusalReason(first.reason) ? first.reason : null, min: number(first.min), max: number(first.max) };
  // The gateway answers a bad token with 401 before any resolver runs; treat it so even without a code.
  return new ApiError(messages.join('; '), code ?? (status === 401 ? 'UNAUTHENTICATED' : 'GRAPHQL_ERROR'), messages, status, field, why);
}

async function readBody<TResult>(response: Response): Promise<GraphQLResponseBody<TResult> | null> {
  try {
    return (await response.json()) as GraphQLResponseBody<TResult>;
  } catch {
    return null;
  }
}

async function post(endpoint: string, body: string, signal: AbortSignal | undefined, token: string | null): Promise<Response> {
  try {
    return await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(error instanceof Error ? error.message : String(error), 'NETWORK_ERROR');
  }
}

/**
 * Runs one operation against the gateway. Partial data with errors counts as a failure: the map
 * would otherwise silently show districts with holes in them.
 */
export async function request<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const { endpoint = '/graphql', signal, token = null } = options;
  const response = await post(endpoint, JSON.stringify({ query: print(document), variables }), signal, token);
  const body = await readBody<TResult>(response);
  if (body?.errors?.length) throw errorFromGraphQL(body.errors, response.status);
  if (!response.ok) {
    const message = `HTTP ${response.status} ${response.statusText}`.trim();
    throw new ApiError(message, response.status === 401 ? 'UNAUTHENTICATED' : 'HTTP_ERROR', [message], response.status);
  }
  if (!body?.data) throw new ApiError('The response held no data', 'BAD_RESPONSE');
  return body.data;
}
