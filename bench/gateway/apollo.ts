/**
 * The comparison target: Apollo's own gateway (@apollo/gateway, JS query planner) on Apollo Server 5,
 * served by the standalone HTTP server, over the same supergraph and the same running subgraphs.
 *
 * Like our gateway it verifies the caller's bearer token (with the platform's own verifier) and
 * forwards the Authorization header to every subgraph, which verify it again and decide what it may see.
 */
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GATEWAY_SECRET_HEADER, identify, TokenError, type TokenVerifier, type ServiceName } from '@tk/gis';
import { loadSupergraph } from '@tk/gateway/supergraph';
import { GraphQLError } from 'graphql';

export interface RunningApolloGateway {
  /** The GraphQL endpoint (the standalone server answers on every path; /graphql for symmetry). */
  graphqlUrl: string;
  close(): Promise<void>;
}

/** Apollo's info/debug lines ("Gateway successfully loaded schema", …) are noise here; warnings are not. */
const logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (message: unknown) => console.error(`[apollo-gateway] ${String(message)}`),
  error: (message: unknown) => console.error(`[apollo-gateway] ${String(message)}`),
};

/** Per request: the incoming Authorization header, as it is to be sent on to the subgraphs. */
interface ApolloContext {
  authorization?: string;
}

/**
 * The same check our gateway's request guard makes before planning: no token or a valid one, else
 * 401. (Our gateway also rate-limits; the bench sets its limits out of reach, so that costs a Map lookup.)
 */
async function contextFor(authorization: string | undefined, verify: TokenVerifier): Promise<ApolloContext> {
  try {
    await identify(authorization, verify);
  } catch (error) {
    if (error instanceof TokenError) throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    throw error;
  }
  return authorization ? { authorization } : {};
}

export async function startApolloGateway(
  subgraphUrls: Record<ServiceName, string>,
  verify: TokenVerifier,
  gatewaySecret: string,
  host = '127.0.0.1',
): Promise<RunningApolloGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl: loadSupergraph(subgraphUrls),
    logger,
    // Every subgraph fetch carries the caller's Authorization header, as Hive Gateway's propagateHeaders does for ours.
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<ApolloContext>({
        url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          request.http?.headers.set(GATEWAY_SECRET_HEADER, gatewaySecret);
        },
      }),
  });
  const server = new ApolloServer<ApolloContext>({
    gateway,
    logger,
    introspection: false,
    // No Apollo Studio: no usage or schema reporting, no inline traces asked of the subgraphs, no landing page.
    plugins: [
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  try {
    const { url } = await startStandaloneServer(server, {
      listen: { port: 0, host },
      context: ({ req }) => contextFor(req.headers.authorization, verify),
    });
    return {
      graphqlUrl: new URL('/graphql', url).toString(),
      close: () => server.stop(),
    };
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw error;
  }
}
