import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config';
import { PortalController } from './portal.controller';
import { PortalTracking } from './portal-tracking';
import { SMS_SENDER, smsSenderFor } from './sms-sender';
import { TrackingCodeStore } from './tracking-code.store';

@Module({
  imports: [AuditModule, AuthModule],
  controllers: [PortalController],
  providers: [
    PortalTracking,
    TrackingCodeStore,
    {
      provide: SMS_SENDER,
      inject: [GATEWAY_CONFIG],
      useFactory: (config: GatewayConfig) => smsSenderFor(config.smsSender),
    },
  ],
  // Mediation's session notices (调解会议通知) go through the same sender.
  exports: [SMS_SENDER],
})
export class PortalModule {}
