import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { SupervisionDocumentsController, SupervisionMattersController } from './supervision-matters.controller';

// 劳动关系行政监管 at the gateway: the labor-relations officers' and the supervisor's routes (where deployed).
@Module({
  imports: [AuditModule, AuthModule],
  controllers: [SupervisionMattersController, SupervisionDocumentsController],
})
export class LaborRelationsModule {}
