import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { ClientGrpcProxy } from '@nestjs/microservices';
import type { Metadata } from '@grpc/grpc-js';
import type { Observable } from 'rxjs';
import type { Caller } from '@onewindow/access';
import { arbitration, intake, PROTO_LOADER_OPTIONS, PROTO_ROOT, ProtoFiles, routing } from '@onewindow/contracts';
import { asCaller, channelTo, serviceClientTrust } from '@onewindow/service-runtime';
import { join } from 'node:path';
import { firstValueFrom } from 'rxjs';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config';
import { httpErrorFromGrpc } from './grpc-to-http';

type Clients = {
  intake: intake.IntakeServiceClient;
  routing: routing.RoutingServiceClient;
  arbitration: arbitration.ArbitrationServiceClient;
};

/**
 * The services behind the gateway, called over gRPC only. Every call carries a caller assertion the
 * gateway signs for the service called (channelTo), so each service verifies who is calling and checks
 * the county again; errors come back as HTTP errors.
 */
@Injectable()
export class ServiceClients implements OnModuleDestroy {
  private readonly proxies: ClientGrpcProxy[] = [];
  private readonly clients: Clients;

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
    };
  }

  /**
   * Calls one service method as this caller:
   * `services.call(caller, (s, m) => s.intake.getMatter({ matterId, matterNumber: '' }, m))`.
   */
  async call<T>(caller: Caller, method: (clients: Clients, metadata: Metadata) => Observable<T>): Promise<T> {
    try {
      return await firstValueFrom(method(this.clients, asCaller(caller)));
    } catch (error) {
      throw httpErrorFromGrpc(error);
    }
  }

  onModuleDestroy() {
    for (const proxy of this.proxies) proxy.close();
  }
}
