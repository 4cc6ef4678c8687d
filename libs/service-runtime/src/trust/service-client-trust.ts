import type { ChannelCredentials, Interceptor } from '@grpc/grpc-js';
import { CallerAssertionSigner, parseSigningKey } from './caller-assertion';
import { channelCredentials, type ClientTlsSettings } from './grpc-tls';
import { callerAssertionInterceptor } from './outgoing-caller';

/** How a client (the gateway, a tool, a test) proves itself to the services. */
export interface ServiceClientTrust {
  signer: CallerAssertionSigner;
  tls: ClientTlsSettings;
}

/** From serviceClientSettings(): `issuer` is 'gateway' or 'tool:<name>'. */
export function serviceClientTrust(
  config: { callerSigningKey: string; grpcClientCa: string; grpcClientCert: string; grpcClientKey: string },
  issuer: string,
  assertionSeconds?: number,
): ServiceClientTrust {
  return {
    signer: new CallerAssertionSigner(
      parseSigningKey(config.callerSigningKey, 'ONEWINDOW_CALLER_SIGNING_KEY'),
      issuer,
      assertionSeconds,
    ),
    tls: { caFile: config.grpcClientCa, certFile: config.grpcClientCert, keyFile: config.grpcClientKey },
  };
}

/** The channel to one service: its transport credentials, and assertions addressed to it. */
export function channelTo(
  audience: string,
  trust: ServiceClientTrust,
): { credentials: ChannelCredentials; interceptors: Interceptor[] } {
  return {
    credentials: channelCredentials(trust.tls),
    interceptors: [callerAssertionInterceptor(trust.signer, audience)],
  };
}
