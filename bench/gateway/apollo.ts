/**
 * The comparison target: Apollo's own gateway (@apollo/gateway, JS query planner) on Apollo Server 5,
 * served by the standalone HTTP server, over the same supergraph and the same running subgraphs.
 */
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { ServiceName } from '@tk/gis';
import { loadSupergraph } from '@tk/gateway/supergraph';

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

export async function startApolloGateway(
  subgraphUrls: Record<ServiceName, string>,
  host = '127.0.0.1',
): Promise<RunningApolloGateway> {
  const gateway = new ApolloGateway({ supergraphSdl: loadSupergraph(subgraphUrls), logger });
  const server = new ApolloServer({
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
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host } });
    return {
      graphqlUrl: new URL('/graphql', url).toString(),
      close: () => server.stop(),
    };
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw error;
  }
}
