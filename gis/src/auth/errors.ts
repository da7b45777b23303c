import { GraphQLError } from 'graphql';

export function unauthenticated(message = 'Sign in to see this: the request carries no valid token.'): GraphQLError {
  // No HTTP status here: a field refused inside a query leaves the rest of the answer intact.
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message = 'Your role may not see or do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** A refusal of the whole HTTP request, before any GraphQL runs (bad token, rate limit, size). */
export function httpRefusal(status: number, code: string, message: string): { status: number; body: string } {
  return { status, body: JSON.stringify({ errors: [{ message, extensions: { code } }] }) };
}
