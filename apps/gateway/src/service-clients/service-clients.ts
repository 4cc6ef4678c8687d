import { HttpException, HttpStatus, Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { ClientGrpcProxy } from '@nestjs/microservices';
import type { Metadata } from '@grpc/grpc-js';
import type { Observable } from 'rxjs';
import type { Caller } from '@onewindow/access';
import {
  arbitration,
  intake,
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
  /** Where the county does not deploy mediation, every call answers 503 (mediationNotDeployed). */
  mediation: mediation.MediationServiceClient;
};

/** The answer of every mediation route where the county does not deploy the mediation service. */
export function mediationNotDeployed(): HttpException {
  const body: ApiError = {
    statusCode: HttpStatus.SERVICE_UNAVAILABLE,
    error: 'SERVICE_UNAVAILABLE',
    message: '本地未部署调解服务。Mediation is not deployed here (MEDIATION_GRPC_ADDRESS is not set).',
  };
  return new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
}

/** A mediation client whose every method refuses with 503: mediation is a county's choice. */
const undeployedMediation = new Proxy({} as mediation.MediationServiceClient, {
  get: () => () => {
    throw mediationNotDeployed();
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
  /** Whether this county deploys the mediation service (MEDIATION_GRPC_ADDRESS set). */
  readonly mediationDeployed: boolean;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    const trust = serviceClientTrust(config, 'gateway', config.callerAssertionSeconds);
    const connect = <T extends object>(url: string, pkg: string, file: string, service: string): T => {
      const { credentials, interceptors } = channelTo(pkg.split('.')[1]!, trust);
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
      mediation: undeployedMediation,
    };
    this.mediationDeployed = config.mediationAddress.trim() !== '';
    if (this.mediationDeployed) {
      this.clients.mediation = connect(
        config.mediationAddress,
        'onewindow.mediation.v1',
        ProtoFiles.mediation,
        'MediationService',
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
      // Already an answer for the client (mediation not deployed).
      if (error instanceof HttpException) throw error;
      throw httpErrorFromGrpc(error);
    }
  }

  onModuleDestroy() {
    for (const proxy of this.proxies) proxy.close();
  }
}
