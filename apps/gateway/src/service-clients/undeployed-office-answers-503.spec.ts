import { HttpException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ExecutionContext } from '@nestjs/common';
import { OfficeDeployedGuard, RequiresOffice } from './office-deployed.guard';
import { officeNotDeployed, type OptionalOffice, type ServiceClients } from './service-clients';

// Mediation, inspection and labor-relations supervision are each a county's choice: the one guard answers 503 for
// the routes of an office not deployed, naming it and its address setting, and lets the others through.

@RequiresOffice('inspection')
class InspectionRoutes {
  list() {
    return 'listed';
  }
}

@RequiresOffice('laborRelations')
class SupervisionRoutes {
  list() {
    return 'listed';
  }
}

class OpenRoutes {
  list() {
    return 'listed';
  }
}

const contextOf = (controller: new () => { list(): string }): ExecutionContext =>
  ({ getHandler: () => controller.prototype.list, getClass: () => controller }) as unknown as ExecutionContext;

const guardWith = (deployed: Partial<Record<OptionalOffice, boolean>>) =>
  new OfficeDeployedGuard(
    { deployed: { mediation: false, inspection: false, laborRelations: false, ...deployed } } as ServiceClients,
    new Reflector(),
  );

function refusal(run: () => unknown): { status: number; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof HttpException) {
      return { status: error.getStatus(), message: (error.getResponse() as { message: string }).message };
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('an office the county does not deploy', () => {
  it('answers 503 on its routes, naming the office and the address that is not set', () => {
    const guard = guardWith({ laborRelations: true });
    expect(refusal(() => guard.canActivate(contextOf(InspectionRoutes)))).toEqual({
      status: 503,
      message:
        '本地未部署劳动保障监察服务。Labor inspection is not deployed here (INSPECTION_GRPC_ADDRESS is not set).',
    });
    expect(guard.canActivate(contextOf(SupervisionRoutes))).toBe(true);
  });

  it('lets the routes of a deployed office, and routes of no office, through', () => {
    const guard = guardWith({ inspection: true });
    expect(guard.canActivate(contextOf(InspectionRoutes))).toBe(true);
    expect(guard.canActivate(contextOf(OpenRoutes))).toBe(true);
    expect(refusal(() => guard.canActivate(contextOf(SupervisionRoutes))).message).toContain(
      'LABOR_RELATIONS_GRPC_ADDRESS',
    );
  });

  it("keeps mediation's message as it was", () => {
    expect((officeNotDeployed('mediation').getResponse() as { message: string }).message).toBe(
      '本地未部署调解服务。Mediation is not deployed here (MEDIATION_GRPC_ADDRESS is not set).',
    );
  });
});
