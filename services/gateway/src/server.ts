import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { PlatformConfig, RunningServer, ServiceName } from '@tk/gis';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createStaticHandler } from './static.js';
import { loadSupergraph } from './supergraph.js';

export const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export interface GatewayOptions {
  port: number;
  host?: string;
  subgraphUrls: Partial<Record<ServiceName, string>>;
  production?: boolean;
  queryPlanner?: 'rust' | 'js';
  webDir?: string;
  /** Settings the web app reads at run time from /config.json. */
  webConfig?: Record<string, unknown>;
}

/** The gateway's options as the platform configuration sets them. */
export function gatewayOptions(config: PlatformConfig, subgraphUrls: Partial<Record<ServiceName, string>>): GatewayOptions {
  return {
    port: config.ports.gateway,
    host: config.host,
    subgraphUrls,
    production: config.production,
    queryPlanner: config.queryPlanner,
    webConfig: { basemapStyleUrl: config.basemapStyleUrl },
  };
}

/** Hive Gateway on the composed supergraph at /graphql, and the web app at /. */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const { production = false, queryPlanner = 'rust' } = options;
  const supergraph = loadSupergraph(options.subgraphUrls);
  const gateway = createGatewayRuntime({
    supergraph: () => supergraph,
    // The Rust query planner is ~1.5× the default; GATEWAY_QUERY_PLANNER=js switches back.
    ...(queryPlanner === 'rust' ? { unifiedGraphHandler } : {}),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    readinessCheckEndpoint: '/ready',
    landingPage: false,
    graphiql: !production,
    maskedErrors: production,
    logging: process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn',
  });
  const serveStatic = createStaticHandler(options.webDir ?? WEB_DIST);
  const webConfig = JSON.stringify(options.webConfig ?? {});
  const gatewayPaths = new Set(['/graphql', '/health', '/ready']);

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (gatewayPaths.has(path)) return void gateway(req, res);
    if (path === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
      return void res.end(webConfig);
    }
    serveStatic(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await gateway.dispose();
    },
  };
}
