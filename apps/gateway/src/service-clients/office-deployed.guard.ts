import { applyDecorators, CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiResponse } from '@nestjs/swagger';
import { ApiErrorView } from '../http/api-answers';
import { officeNotDeployed, OPTIONAL_OFFICES, type OptionalOffice, ServiceClients } from './service-clients';

const REQUIRED_OFFICE = 'onewindow:required-office';

/**
 * Mediation, labor inspection and labor-relations supervision are a county's choice (the 1+X services it
 * deploys): where the office's gRPC address is empty the gateway still starts, and every route of that office
 * answers 503 after sign-in and posts are checked (those are global guards, which run first).
 */
@Injectable()
export class OfficeDeployedGuard implements CanActivate {
  constructor(
    private readonly services: ServiceClients,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const office = this.reflector.getAllAndOverride<OptionalOffice | undefined>(REQUIRED_OFFICE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (office !== undefined && !this.services.deployed[office]) throw officeNotDeployed(office);
    return true;
  }
}

/** On an office's controller: the guard, and the 503 in the OpenAPI document. */
export const RequiresOffice = (office: OptionalOffice) => {
  const { zh, en, env } = OPTIONAL_OFFICES[office];
  return applyDecorators(
    SetMetadata(REQUIRED_OFFICE, office),
    UseGuards(OfficeDeployedGuard),
    ApiResponse({
      status: 503,
      description: `本地未部署${zh}: ${en.toLowerCase()} is not deployed in this county (${env} empty)`,
      type: ApiErrorView,
    }),
  );
};
