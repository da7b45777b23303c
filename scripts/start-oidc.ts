// `npm run start:oidc`: the platform in production mode (NODE_ENV=production), signing people in at
// a real OpenID Connect provider started beside it — the one the tests use, with its test people.
// For trying the sign-in as the municipality's IT will run it; never for real people (its login
// form accepts any password).
import { platformSignInEnv, startTestProvider, TEST_PROVIDER_USERS } from '../test/support/oidc-provider.js';

const appPort = Number(process.env.PORT ?? 4000);
const providerPort = Number(process.env.OIDC_PORT ?? 4500);
const provider = await startTestProvider({
  port: providerPort,
  appOrigins: [`http://localhost:${appPort}`, `http://127.0.0.1:${appPort}`],
});

Object.assign(process.env, platformSignInEnv(provider.issuer));
console.log(`Test OpenID Connect provider: ${provider.issuer} (any password)`);
for (const [login, user] of Object.entries(TEST_PROVIDER_USERS)) console.log(`  ${login.padEnd(12)} ${user.name} — ${user.groups.join(', ')}`);

// The platform as `npm start` runs it, in this process: it stops on Ctrl+C, and the provider with it.
await import('../services/gateway/src/main.js');
