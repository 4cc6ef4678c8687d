import { Type } from '@nestjs/common';
import { bootstrapService, type ServiceBootstrapOptions, trustSettingsOf } from './bootstrap-service';

export interface RunServiceOptions {
  name: string;
  module: Type<unknown>;
  grpcPackage: string;
  protoFile: string;
  agencyCredentials?: ServiceBootstrapOptions['agencyCredentials'];
  loadConfig: () => {
    grpcPort: number;
    healthPort: number;
    bindAddress: string;
  } & Parameters<typeof trustSettingsOf>[0];
}

/** A service's main(): start, or say in one line why not and exit non-zero. */
export function runService(options: RunServiceOptions): void {
  const start = async () => {
    const config = options.loadConfig();
    await bootstrapService({
      name: options.name,
      module: options.module,
      grpc: { package: options.grpcPackage, protoFile: options.protoFile, port: config.grpcPort },
      healthPort: config.healthPort,
      bindAddress: config.bindAddress,
      trust: trustSettingsOf(config),
      agencyCredentials: options.agencyCredentials,
    });
  };
  start().catch((error) => {
    console.error(`${options.name} failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
