import { applyDecorators, CanActivate, Injectable, UseGuards } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ApiErrorView } from '../http/api-answers';
import { mediationNotDeployed, ServiceClients } from '../service-clients/service-clients';

/**
 * Mediation is a county's choice (the 1+X services it deploys): where MEDIATION_GRPC_ADDRESS is empty the
 * gateway still starts, and every mediation route answers 503 after sign-in and posts are checked.
 */
@Injectable()
export class MediationDeployedGuard implements CanActivate {
  constructor(private readonly services: ServiceClients) {}

  canActivate(): boolean {
    if (!this.services.mediationDeployed) throw mediationNotDeployed();
    return true;
  }
}

/** On a mediation controller: the guard, and the 503 in the OpenAPI document. */
export const RequiresMediation = () =>
  applyDecorators(
    UseGuards(MediationDeployedGuard),
    ApiResponse({
      status: 503,
      description: '本地未部署调解服务: mediation is not deployed in this county (MEDIATION_GRPC_ADDRESS empty)',
      type: ApiErrorView,
    }),
  );
