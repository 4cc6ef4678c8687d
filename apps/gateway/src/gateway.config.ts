import { loadConfig, serviceClientSettings, type ConfigSpec } from '@onewindow/config';

export const GATEWAY_CONFIG = Symbol('GatewayConfig');

// The gateway is the one public door: REST for the web app and the portal, gRPC to the services behind.
const gatewaySettings = {
  mongoUrl: {
    env: 'MONGO_URL',
    kind: 'mongo-url',
    description: 'MongoDB-wire server (users, audit log, tracking codes)',
  },
  database: {
    env: 'GATEWAY_DATABASE',
    kind: 'string',
    default: 'onewindow_gateway',
    description: "the gateway's own database",
  },
  httpPort: { env: 'GATEWAY_HTTP_PORT', kind: 'port', default: '8080', description: 'REST and web app port' },
  bindAddress: {
    env: 'ONEWINDOW_BIND_ADDRESS',
    kind: 'string',
    default: '127.0.0.1',
    description: 'address the gateway listens on (0.0.0.0 in containers)',
  },
  intakeAddress: {
    env: 'INTAKE_GRPC_ADDRESS',
    kind: 'string',
    default: '127.0.0.1:50051',
    description: 'intake gRPC host:port',
  },
  routingAddress: {
    env: 'ROUTING_GRPC_ADDRESS',
    kind: 'string',
    default: '127.0.0.1:50052',
    description: 'routing gRPC host:port',
  },
  arbitrationAddress: {
    env: 'ARBITRATION_GRPC_ADDRESS',
    kind: 'string',
    default: '127.0.0.1:50053',
    description: 'arbitration gRPC host:port',
  },
  mediationAddress: {
    env: 'MEDIATION_GRPC_ADDRESS',
    kind: 'string',
    default: '',
    description:
      "mediation gRPC host:port; empty where the county does not deploy mediation (a county's choice): its routes answer 503",
  },
  inspectionAddress: {
    env: 'INSPECTION_GRPC_ADDRESS',
    kind: 'string',
    default: '',
    description:
      "labor inspection (劳动保障监察) gRPC host:port; empty where the county does not deploy it (a county's choice): its routes answer 503",
  },
  laborRelationsAddress: {
    env: 'LABOR_RELATIONS_GRPC_ADDRESS',
    kind: 'string',
    default: '',
    description:
      "labor-relations supervision (劳动关系行政监管) gRPC host:port; empty where the county does not deploy it (a county's choice): its routes answer 503",
  },
  // How the gateway vouches for its callers to the services, and the TLS of those channels.
  ...serviceClientSettings(),
  callerAssertionSeconds: {
    env: 'GATEWAY_CALLER_ASSERTION_SECONDS',
    kind: 'positive-int',
    default: '60',
    description: 'how long a caller assertion the gateway signs for one gRPC call is valid (at most 300)',
  },
  tokenSecret: {
    env: 'GATEWAY_TOKEN_SECRET',
    kind: 'string',
    description: 'secret signing access and tracking tokens: at least 32 random bytes, base64',
  },
  accessTokenMinutes: {
    env: 'GATEWAY_ACCESS_TOKEN_MINUTES',
    kind: 'positive-int',
    default: '15',
    description: 'lifetime of a staff access token',
  },
  refreshTokenHours: {
    env: 'GATEWAY_REFRESH_TOKEN_HOURS',
    kind: 'positive-int',
    default: '12',
    description: 'lifetime of a refresh token (one working day of a sign-in)',
  },
  trackingTokenMinutes: {
    env: 'GATEWAY_TRACKING_TOKEN_MINUTES',
    kind: 'positive-int',
    default: '30',
    description: "lifetime of a portal tracking token for one worker's matter",
  },
  lockoutFailures: {
    env: 'GATEWAY_LOCKOUT_FAILURES',
    kind: 'positive-int',
    default: '5',
    description: 'consecutive wrong passwords that lock an account',
  },
  lockoutMinutes: {
    env: 'GATEWAY_LOCKOUT_MINUTES',
    kind: 'positive-int',
    default: '15',
    description: 'how long a locked account stays locked',
  },
  signInRateLimit: {
    env: 'GATEWAY_SIGN_IN_RATE_LIMIT',
    kind: 'positive-int',
    default: '10',
    description: 'sign-in attempts per minute per client address',
  },
  publicRateLimit: {
    env: 'GATEWAY_PUBLIC_RATE_LIMIT',
    kind: 'positive-int',
    default: '30',
    description: 'requests per minute per client address to public endpoints (portal, token refresh)',
  },
  userRateLimit: {
    env: 'GATEWAY_USER_RATE_LIMIT',
    kind: 'positive-int',
    default: '600',
    description: 'requests per minute per signed-in user to every other endpoint',
  },
  trustedProxies: {
    env: 'GATEWAY_TRUSTED_PROXIES',
    kind: 'string',
    default: '',
    description:
      'reverse proxies whose X-Forwarded-For names the client: comma-separated addresses or CIDRs; none when empty',
  },
  webRoot: {
    env: 'GATEWAY_WEB_ROOT',
    kind: 'string',
    default: '',
    description: 'folder of the built web app to serve at /; none when empty',
  },
  demoUsers: {
    env: 'GATEWAY_DEMO_USERS',
    kind: 'string',
    default: 'false',
    description: '"true" creates the demo accounts (development only)',
  },
  publicOrigin: {
    env: 'GATEWAY_PUBLIC_ORIGIN',
    kind: 'string',
    default: '',
    description:
      'https origin of the public web app, e.g. https://ww.example.gov.cn: the 电子送达 SMS links to <origin>/public/service/<token>; electronic service answers 503 when empty',
  },
  smsSender: {
    env: 'GATEWAY_SMS_SENDER',
    kind: 'string',
    default: 'log',
    description: 'how tracking codes reach the phone: "log" writes them to the log (development)',
  },
} satisfies ConfigSpec;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(gatewaySettings, env);
}

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;
