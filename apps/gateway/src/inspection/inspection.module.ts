import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { InspectionCasesController, InspectionDocumentsController } from './inspection-cases.controller';

// 劳动保障监察 at the gateway: the inspectors' and the supervisor's routes (where the county deploys inspection).
@Module({
  imports: [AuditModule, AuthModule],
  controllers: [InspectionCasesController, InspectionDocumentsController],
})
export class InspectionModule {}
