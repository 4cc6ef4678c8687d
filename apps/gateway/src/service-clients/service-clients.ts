import { HttpException, HttpStatus, Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { ClientGrpcProxy } from '@nestjs/microservices';
import type { Metadata } from '@grpc/grpc-js';
import type { Observable } from 'rxjs';
import type { Caller } from '@onewindow/access';
import {
  arbitration,
  inspection,
  intake,
  laborRelations,
  mediation,
  PROTO_LOADER_OPTIONS,
  PROTO_ROOT,
  ProtoFiles,
  routing,
} from '@onewindow/contracts';
import type { ApiError } from '@onewindow/gateway-api';
import { asCaller, channelTo, serviceClientTrust } from '@onewindow/service-runtime';
import { join } from 'node:path';
import { firstValueFrom } from 'rxjs';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config';
import { httpErrorFromGrpc } from './grpc-to-http';

type Clients = {
  intake: intake.IntakeServiceClient;
  routing: routing.RoutingServiceClient;
  arbitration: arbitration.ArbitrationServiceClient;
  /** The offices a county may not deploy: where it does not, every call answers 503 (officeNotDeployed). */
  mediation: mediation.MediationServiceClient;
  inspection: inspection.InspectionServiceClient;
  laborRelations: laborRelations.LaborRelationsServiceClient;
};

/**
 * The offices that are a county's choice (the 1+X services it deploys): the gateway starts without them, and
 * their routes answer 503 where the address is empty: `zh` and `en` name the office in the 503, `env` its setting.
 */
export const OPTIONAL_OFFICES = {
  mediation: { zh: '调解服务', en: 'Mediation', env: 'MEDIATION_GRPC_ADDRESS' },
  inspection: { zh: '劳动保障监察服务', en: 'Labor inspection', env: 'INSPECTION_GRPC_ADDRESS' },
  laborRelations: {
    zh: '劳动关系监管服务',
    en: 'Labor-relations supervision',
    env: 'LABOR_RELATIONS_GRPC_ADDRESS',
  },
} as const;
export type OptionalOffice = keyof typeof OPTIONAL_OFFICES;

/** The answer of every route of an office the county does not deploy. */
export function officeNotDeployed(office: OptionalOffice): HttpException {
  const { zh, en, env } = OPTIONAL_OFFICES[office];
  const body: ApiError = {
    statusCode: HttpStatus.SERVICE_UNAVAILABLE,
    error: 'SERVICE_UNAVAILABLE',
    message: `本地未部署${zh}。${en} is not deployed here (${env} is not set).`,
  };
  return new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
}

/** A client of an office not deployed: every method refuses with 503. */
const undeployed = <T extends object>(office: OptionalOffice): T =>
  new Proxy({} as T, {
    get: () => () => {
      throw officeNotDeployed(office);
    },
  });

/**
 * The services behind the gateway, called over gRPC only. Every call carries a caller assertion the
 * gateway signs for the service called (channelTo), so each service verifies who is calling and checks
 * the county again; errors come back as HTTP errors.
 */
@Injectable()
export class ServiceClients implements OnModuleDestroy {
  private readonly proxies: ClientGrpcProxy[] = [];
  private readonly clients: Clients;
  /** Which optional offices this county deploys (their gRPC address set). */
  readonly deployed: Readonly<Record<OptionalOffice, boolean>>;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    const trust = serviceClientTrust(config, 'gateway', config.callerAssertionSeconds);
    const connect = <T extends object>(url: string, pkg: string, file: string, service: string): T => {
      const { credentials, interceptors } = channelTo(pkg.split('.')[1]!.replace(/_/g, '-'), trust);
      const proxy = new ClientGrpcProxy({
        url,
        package: pkg,
        protoPath: join(PROTO_ROOT, file),
        loader: PROTO_LOADER_OPTIONS,
        credentials,
        channelOptions: { interceptors },
      });
      this.proxies.push(proxy);
      return proxy.getService<T>(service);
    };
    this.clients = {
      intake: connect(config.intakeAddress, 'onewindow.intake.v1', ProtoFiles.intake, 'IntakeService'),
      routing: connect(config.routingAddress, 'onewindow.routing.v1', ProtoFiles.routing, 'RoutingService'),
      arbitration: connect(
        config.arbitrationAddress,
        'onewindow.arbitration.v1',
        ProtoFiles.arbitration,
        'ArbitrationService',
      ),
      mediation: undeployed('mediation'),
      inspection: undeployed('inspection'),
      laborRelations: undeployed('laborRelations'),
    };
    const addresses: Record<OptionalOffice, string> = {
      mediation: config.mediationAddress.trim(),
      inspection: config.inspectionAddress.trim(),
      laborRelations: config.laborRelationsAddress.trim(),
    };
    this.deployed = {
      mediation: addresses.mediation !== '',
      inspection: addresses.inspection !== '',
      laborRelations: addresses.laborRelations !== '',
    };
    if (this.deployed.mediation) {
      this.clients.mediation = connect(
        addresses.mediation,
        'onewindow.mediation.v1',
        ProtoFiles.mediation,
        'MediationService',
      );
    }
    if (this.deployed.inspection) {
      this.clients.inspection = connect(
        addresses.inspection,
        'onewindow.inspection.v1',
        ProtoFiles.inspection,
        'InspectionService',
      );
    }
    if (this.deployed.laborRelations) {
      this.clients.laborRelations = connect(
        addresses.laborRelations,
        'onewindow.labor_relations.v1',
        ProtoFiles['labor-relations'],
        'LaborRelationsService',
      );
    }
  }

  /**
   * Calls one service method as this caller:
   * `services.call(caller, (s, m) => s.intake.getMatter({ matterId, matterNumber: '' }, m))`.
   */
  async call<T>(caller: Caller, method: (clients: Clients, metadata: Metadata) => Observable<T>): Promise<T> {
    try {
      return await firstValueFrom(method(this.clients, asCaller(caller)));
    } catch (error) {
      // Already an answer for the client (an office not deployed).
      if (error instanceof HttpException) throw error;
      throw httpErrorFromGrpc(error);
    }
  }

  onModuleDestroy() {
    for (const proxy of this.proxies) proxy.close();
  }
}
