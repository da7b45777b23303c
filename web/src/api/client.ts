import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** The API answered with GraphQL errors, a failed HTTP status, or could not be reached at all. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    message: string,
    /** extensions.code of the first GraphQL error, or HTTP_ERROR / NETWORK_ERROR / BAD_RESPONSE. */
    readonly code: string,
    readonly messages: readonly string[] = [message],
  ) {
    super(code ? `${message} (${code})` : message);
  }
}

interface GraphQLErrorBody {
  message?: unknown;
  extensions?: { code?: unknown };
}

interface GraphQLResponseBody<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorBody[];
}

export interface RequestOptions {
  endpoint?: string;
  signal?: AbortSignal;
}

function errorFromGraphQL(errors: GraphQLErrorBody[]): ApiError {
  const messages = errors.map((e) => (typeof e.message === 'string' ? e.message : 'Unknown GraphQL error'));
  const code = errors.map((e) => e.extensions?.code).find((c): c is string => typeof c === 'string');
  return new ApiError(messages.join('; '), code ?? 'GRAPHQL_ERROR', messages);
}

async function readBody<TResult>(response: Response): Promise<GraphQLResponseBody<TResult> | null> {
  try {
    return (await response.json()) as GraphQLResponseBody<TResult>;
  } catch {
    return null;
  }
}

async function post(endpoint: string, body: string, signal: AbortSignal | undefined): Promise<Response> {
  try {
    return await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
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
  const { endpoint = '/graphql', signal } = options;
  const response = await post(endpoint, JSON.stringify({ query: print(document), variables }), signal);
  const body = await readBody<TResult>(response);
  if (body?.errors?.length) throw errorFromGraphQL(body.errors);
  if (!response.ok) throw new ApiError(`HTTP ${response.status} ${response.statusText}`.trim(), 'HTTP_ERROR');
  if (!body?.data) throw new ApiError('The response held no data', 'BAD_RESPONSE');
  return body.data;
}
