import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { PortalModule } from '../portal/portal.module';
import { MediationCasesController, MediationDocumentsController } from './mediation-cases.controller';
import { MediatorsController } from './mediators.controller';
import { PortalMediationController } from './portal-mediation.controller';
import { SessionNoticeSender } from './session-notice-sender';

// 调解 at the gateway: the mediators' and the supervisor's routes, the roll, and the worker's through the portal.
@Module({
  imports: [AuditModule, AuthModule, PortalModule],
  controllers: [MediationCasesController, MediationDocumentsController, MediatorsController, PortalMediationController],
  providers: [SessionNoticeSender],
})
export class MediationModule {}
