import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { Connection } from 'mongoose';
import { connectMongo } from '@onewindow/persistence';
import { AgencyCredentialsModule } from './agency-credentials/agency-credentials.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AwardPeriodModule } from './award-period/award-period.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { GATEWAY_CONFIG, type GatewayConfig } from './gateway.config';
import { GATEWAY_STORE } from './gateway-store';
import { ApiErrorFilter } from './http/api-error.filter';
import { GatewayHealthController } from './http/health.controller';
import { InspectionModule } from './inspection/inspection.module';
import { LaborRelationsModule } from './labor-relations/labor-relations.module';
import { DocumentsModule } from './documents/documents.module';
import { MattersModule } from './matters/matters.module';
import { MediationModule } from './mediation/mediation.module';
import { PortalModule } from './portal/portal.module';
import { ProceedingsModule } from './proceedings/proceedings.module';
import { ElectronicServiceModule } from './electronic-service/electronic-service.module';
import { SupplementsModule } from './supplements/supplements.module';
import { QueuesModule } from './queues/queues.module';
import { ServiceClients } from './service-clients/service-clients';

// Import GATEWAY_STORE from './gateway-store' (this module imports the feature modules that use it).
export { GATEWAY_STORE };

@Global()
@Module({})
class GatewayCoreModule implements OnApplicationShutdown {
  constructor(@Inject(GATEWAY_STORE) private readonly store: Connection) {}

  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayCoreModule,
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        {
          provide: GATEWAY_STORE,
          useFactory: () => connectMongo({ url: config.mongoUrl, database: config.database, appName: 'gateway' }),
        },
        ServiceClients,
      ],
      exports: [GATEWAY_CONFIG, GATEWAY_STORE, ServiceClients],
    };
  }

  async onApplicationShutdown() {
    await this.store.close();
  }
}

@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        GatewayCoreModule.forRoot(config),
        AuditModule,
        AuthModule,
        MattersModule,
        DocumentsModule,
        QueuesModule,
        DashboardModule,
        PortalModule,
        SupplementsModule,
        AwardPeriodModule,
        ProceedingsModule,
        ElectronicServiceModule,
        AgencyCredentialsModule,
        MediationModule,
        InspectionModule,
        LaborRelationsModule,
      ],
      controllers: [GatewayHealthController],
      providers: [{ provide: APP_FILTER, useClass: ApiErrorFilter }],
    };
  }
}
