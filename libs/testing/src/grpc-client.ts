import { GrpcObject, loadPackageDefinition, Metadata, ServiceClientConstructor, ServiceError } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { join } from 'node:path';
import { ROLES, type Caller } from '@onewindow/access';
import { PROTO_LOADER_OPTIONS, PROTO_ROOT, ProtoFiles } from '@onewindow/contracts';
import { listCounties } from '@onewindow/county';
import { asCaller, channelTo, serviceClientTrust, type ServiceClientTrust } from '@onewindow/service-runtime';
import type { TestCertificateFiles } from './test-certificates';
import { TEST_CALLER_KEYS } from './test-stack';

/** Tests and tools speak to the services as a staff member holding every post in every county. */
export const EVERY_POST_CALLER: Caller = {
  userId: 'test-every-post',
  roles: [...ROLES],
  counties: listCounties().map((county) => county.code),
};

type Unary = (
  request: object,
  metadata: Metadata,
  callback: (error: ServiceError | null, response: unknown) => void,
) => void;

const SERVICES = {
  intake: { file: ProtoFiles.intake, path: ['onewindow', 'intake', 'v1', 'IntakeService'] },
  routing: { file: ProtoFiles.routing, path: ['onewindow', 'routing', 'v1', 'RoutingService'] },
  arbitration: { file: ProtoFiles.arbitration, path: ['onewindow', 'arbitration', 'v1', 'ArbitrationService'] },
  mediation: { file: ProtoFiles.mediation, path: ['onewindow', 'mediation', 'v1', 'MediationService'] },
  inspection: { file: ProtoFiles.inspection, path: ['onewindow', 'inspection', 'v1', 'InspectionService'] },
  'labor-relations': {
    file: ProtoFiles['labor-relations'],
    path: ['onewindow', 'labor_relations', 'v1', 'LaborRelationsService'],
  },
} as const;

export type GrpcServiceName = keyof typeof SERVICES;

export interface GrpcClient {
  /** Calls as EVERY_POST_CALLER unless other metadata is given. */
  call<T>(method: string, request: object, metadata?: Metadata): Promise<T>;
  close(): void;
}

/** The test process's own key (what harnesses give the services they start), over TLS with these certificates. */
export function testClientTrust(issuer = 'tool:test', tls?: TestCertificateFiles): ServiceClientTrust {
  return serviceClientTrust(
    {
      callerSigningKey: TEST_CALLER_KEYS.signingKey,
      grpcClientCa: tls?.caFile ?? '',
      grpcClientCert: tls?.clientCertFile ?? '',
      grpcClientKey: tls?.clientKeyFile ?? '',
    },
    issuer,
  );
}

/**
 * A plain @grpc/grpc-js client over the same .proto files the services load, for tests and tools.
 * Calls made with asCaller(...) metadata carry an assertion signed with `trust`'s key; any other
 * metadata is sent as it is (the forged-call tests send theirs).
 */
export function grpcClient(
  service: GrpcServiceName,
  address: string,
  trust: ServiceClientTrust = testClientTrust(),
): GrpcClient {
  const { file, path } = SERVICES[service];
  let node: GrpcObject | ServiceClientConstructor = loadPackageDefinition(
    loadSync(join(PROTO_ROOT, file), PROTO_LOADER_OPTIONS),
  );
  for (const part of path) node = (node as GrpcObject)[part] as GrpcObject | ServiceClientConstructor;
  const { credentials, interceptors } = channelTo(service, trust);
  const client = new (node as ServiceClientConstructor)(address, credentials, { interceptors }) as unknown as Record<
    string,
    Unary
  > & { close(): void };
  return {
    call: <T>(method: string, request: object, metadata = asCaller(EVERY_POST_CALLER)) =>
      new Promise<T>((resolve, reject) => {
        const unary = client[method]!.bind(client);
        unary(request, metadata, (error, response) => (error ? reject(error) : resolve(response as T)));
      }),
    close: () => client.close(),
  };
}
