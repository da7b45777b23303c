/** The gateway alone, in front of subgraphs running elsewhere (PLAN_URL, INCIDENTS_URL, …). */
import { ConfigError, createAuth, readConfig, requiredGatewaySecret, SERVICES, type ServiceName } from '@tk/gis';
import { gatewayOptions, startGateway } from './server.js';

try {
  const config = readConfig();
  const subgraphUrls = Object.fromEntries(
    SERVICES.map((s) => {
      const url = process.env[`${s.toUpperCase()}_URL`];
      if (!url) throw new ConfigError(`${s.toUpperCase()}_URL must be set to the ${s} subgraph's /graphql URL`);
      return [s, url];
    }),
  ) as Record<ServiceName, string>;
  const gatewaySecret = requiredGatewaySecret(config, 'gateway');
  const auth = await createAuth(config.auth, config.dataDir, true);
  const gateway = await startGateway(gatewayOptions(config, subgraphUrls, auth, gatewaySecret));
  console.log(`gateway at ${gateway.url}/graphql`);
  const stop = () => void gateway.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`gateway could not start: ${(error as Error).message}`);
  process.exit(1);
}
