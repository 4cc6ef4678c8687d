import 'reflect-metadata';
import { INestApplication, Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MicroserviceOptions, Transport } from '@nestjs/microservices';
import { PROTO_LOADER_OPTIONS, PROTO_ROOT } from '@onewindow/contracts';
import { join } from 'node:path';

export interface ServiceBootstrapOptions {
  name: string;
  module: Type<unknown>;
  grpc: { package: string; protoFile: string; port: number };
  healthPort: number;
  bindAddress: string;
}

/**
 * A OneWindow service is a NestJS hybrid app: gRPC for questions, Kafka consumers (started by the
 * app's own infrastructure) for facts, and a small HTTP server for /health. Shutdown hooks let
 * SIGTERM drain consumers and the outbox before the process exits.
 */
export async function bootstrapService(options: ServiceBootstrapOptions): Promise<INestApplication> {
  const logger = new Logger(options.name);
  const app = await NestFactory.create(options.module, { logger: ['error', 'warn', 'log'] });
  app.enableShutdownHooks();
  const grpcUrl = `${options.bindAddress}:${options.grpc.port}`;
  app.connectMicroservice<MicroserviceOptions>(
    {
      transport: Transport.GRPC,
      options: {
        url: grpcUrl,
        package: options.grpc.package,
        protoPath: join(PROTO_ROOT, options.grpc.protoFile),
        loader: PROTO_LOADER_OPTIONS,
        // Refuse oversized requests before they reach validation.
        maxReceiveMessageLength: 1024 * 1024,
      },
    },
    { inheritAppConfig: true },
  );
  await app.startAllMicroservices();
  await app.listen(options.healthPort, options.bindAddress);
  logger.log(
    `gRPC ${options.grpc.package} on ${grpcUrl}; health on http://${options.bindAddress}:${options.healthPort}/health`,
  );
  return app;
}
