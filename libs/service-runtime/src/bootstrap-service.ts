import 'reflect-metadata';
import { INestApplication, Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MicroserviceOptions, Transport } from '@nestjs/microservices';
import { PROTO_LOADER_OPTIONS, PROTO_ROOT } from '@onewindow/contracts';
import { join } from 'node:path';
import { CallerAssertionVerifier, parseTrustedKeys } from './trust/caller-assertion';
import { type AgencyCredentialVerifier, CallerAuthenticationGuard } from './trust/caller-authentication.guard';
import { serverCredentials, type ServerTlsSettings } from './trust/grpc-tls';

export interface ServiceTrustSettings {
  /** ONEWINDOW_CALLER_KEYS: the public keys of the gateway and the tools, current then previous. */
  callerKeys: string;
  tls: ServerTlsSettings;
}

export interface ServiceBootstrapOptions {
  /** Also the audience its callers' assertions must name. */
  name: string;
  module: Type<unknown>;
  grpc: { package: string; protoFile: string; port: number };
  healthPort: number;
  bindAddress: string;
  trust: ServiceTrustSettings;
  /** The provider that checks outside agencies' own credentials, in a service that takes them (routing). */
  agencyCredentials?: Type<AgencyCredentialVerifier>;
}

/**
 * A OneWindow service is a NestJS hybrid app: gRPC for questions, Kafka consumers (started by the
 * app's own infrastructure) for facts, and a small HTTP server for /health. Every gRPC call passes
 * the caller authentication guard first. Shutdown hooks let SIGTERM drain consumers and the outbox
 * before the process exits.
 */
export async function bootstrapService(options: ServiceBootstrapOptions): Promise<INestApplication> {
  const logger = new Logger(options.name);
  const assertions = new CallerAssertionVerifier(
    parseTrustedKeys(options.trust.callerKeys, 'ONEWINDOW_CALLER_KEYS'),
    options.name,
  );
  const grpcCredentials = serverCredentials(options.trust.tls);
  const app = await NestFactory.create(options.module, { logger: ['error', 'warn', 'log'] });
  app.enableShutdownHooks();
  const agencies = options.agencyCredentials && app.get(options.agencyCredentials);
  app.useGlobalGuards(new CallerAuthenticationGuard(assertions, agencies));
  const grpcUrl = `${options.bindAddress}:${options.grpc.port}`;
  app.connectMicroservice<MicroserviceOptions>(
    {
      transport: Transport.GRPC,
      options: {
        url: grpcUrl,
        package: options.grpc.package,
        protoPath: join(PROTO_ROOT, options.grpc.protoFile),
        loader: PROTO_LOADER_OPTIONS,
        credentials: grpcCredentials,
        // Refuse oversized requests before they reach validation.
        maxReceiveMessageLength: 1024 * 1024,
      },
    },
    { inheritAppConfig: true },
  );
  await app.startAllMicroservices();
  await app.listen(options.healthPort, options.bindAddress);
  const tls = !options.trust.tls.certFile ? 'plaintext' : options.trust.tls.clientCaFile ? 'mutual TLS' : 'TLS';
  logger.log(
    `gRPC ${options.grpc.package} on ${grpcUrl} (${tls}); health on http://${options.bindAddress}:${options.healthPort}/health`,
  );
  return app;
}

/** The trust settings from a service's validated configuration (serviceSettings). */
export function trustSettingsOf(config: {
  callerKeys: string;
  grpcTlsCert: string;
  grpcTlsKey: string;
  grpcTlsClientCa: string;
}): ServiceTrustSettings {
  return {
    callerKeys: config.callerKeys,
    tls: { certFile: config.grpcTlsCert, keyFile: config.grpcTlsKey, clientCaFile: config.grpcTlsClientCa },
  };
}
