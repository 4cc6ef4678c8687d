import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { PortalModule } from '../portal/portal.module';
import { ElectronicServiceController, PublicElectronicServiceController } from './electronic-service.controller';

// 电子送达: the window's routes and the respondent's public link; the SMS goes through the portal's sender.
@Module({
  imports: [AuditModule, AuthModule, PortalModule],
  controllers: [ElectronicServiceController, PublicElectronicServiceController],
})
export class ElectronicServiceModule {}
