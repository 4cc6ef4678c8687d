import {
  credentials,
  GrpcObject,
  loadPackageDefinition,
  Metadata,
  ServiceClientConstructor,
  ServiceError,
} from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { join } from 'node:path';
import { PROTO_LOADER_OPTIONS, PROTO_ROOT, ProtoFiles } from '@onewindow/contracts';

type Unary = (
  request: object,
  metadata: Metadata,
  callback: (error: ServiceError | null, response: unknown) => void,
) => void;

const SERVICES = {
  intake: { file: ProtoFiles.intake, path: ['onewindow', 'intake', 'v1', 'IntakeService'] },
  routing: { file: ProtoFiles.routing, path: ['onewindow', 'routing', 'v1', 'RoutingService'] },
  arbitration: { file: ProtoFiles.arbitration, path: ['onewindow', 'arbitration', 'v1', 'ArbitrationService'] },
} as const;

export type GrpcServiceName = keyof typeof SERVICES;

export interface GrpcClient {
  call<T>(method: string, request: object, metadata?: Metadata): Promise<T>;
  close(): void;
}

/** A plain @grpc/grpc-js client over the same .proto files the services load, for tests and tools. */
export function grpcClient(service: GrpcServiceName, address: string): GrpcClient {
  const { file, path } = SERVICES[service];
  let node: GrpcObject | ServiceClientConstructor = loadPackageDefinition(
    loadSync(join(PROTO_ROOT, file), PROTO_LOADER_OPTIONS),
  );
  for (const part of path) node = (node as GrpcObject)[part] as GrpcObject | ServiceClientConstructor;
  const client = new (node as ServiceClientConstructor)(address, credentials.createInsecure()) as unknown as Record<
    string,
    Unary
  > & { close(): void };
  return {
    call: <T>(method: string, request: object, metadata = new Metadata()) =>
      new Promise<T>((resolve, reject) => {
        const unary = client[method]!.bind(client);
        unary(request, metadata, (error, response) => (error ? reject(error) : resolve(response as T)));
      }),
    close: () => client.close(),
  };
}
