import { Module } from '@nestjs/common';
import { Model } from 'mongoose';
import { Topics } from '@onewindow/contracts';
import { DeadlineWatch } from '@onewindow/deadlines';
import { OutboxRelay } from '@onewindow/messaging';
import { OFFICE_CASE_MODEL, officeConsumer, officeServiceProviders } from '@onewindow/office';
import { HealthController, SERVICE_CLOCK, type ServiceClock } from '@onewindow/service-runtime';
import { ConcludeSupervisionUseCase } from './application/conclude-supervision.use-case';
import { SupervisionDocumentsUseCase } from './application/documents/supervision-documents.use-case';
import { FindSupervisionMattersUseCase } from './application/find-supervision-matters.use-case';
import { LayoffReportUseCase } from './application/layoff-report.use-case';
import { SupervisionChanges } from './application/supervision-changes';
import { DeadlineFollowingSupervisionRepository, SupervisionDeadlines } from './application/supervision-deadlines';
import { SUPERVISION_MATTER_REPOSITORY } from './application/supervision-matter.repository';
import { SupervisoryCheckUseCase } from './application/supervisory-check.use-case';
import { TakeReferralUseCase } from './application/take-referral.use-case';
import { WATCHED_SUPERVISION_DEADLINES } from './domain/watched-supervision-deadlines';
import {
  MongoSupervisionMatterRepository,
  SUPERVISION_EVENT_SOURCE,
} from './infrastructure/mongo-supervision-matter.repository';
import { SupervisionMatterDocument, SupervisionMatterSchema } from './infrastructure/supervision-matter.schema';
import { LABOR_RELATIONS_CONFIG, loadLaborRelationsConfig } from './labor-relations.config';
import { LaborRelationsGrpcController } from './transport/labor-relations.grpc-controller';
import { ReferralIssuedEventHandler } from './transport/referral-issued.event-handler';

@Module({
  controllers: [LaborRelationsGrpcController, HealthController],
  providers: [
    // A breach of a follow-up or planned layoff day only tells the officer and the supervisor.
    ...officeServiceProviders({
      service: 'labor-relations',
      configToken: LABOR_RELATIONS_CONFIG,
      loadConfig: loadLaborRelationsConfig,
      topics: { cases: Topics.laborRelationsSupervision, deadlines: Topics.laborRelationsDeadlines },
      cases: { name: 'SupervisionMatter', schema: SupervisionMatterSchema },
      deadlines: { kinds: WATCHED_SUPERVISION_DEADLINES, eventSource: SUPERVISION_EVENT_SOURCE },
    }),
    {
      provide: SUPERVISION_MATTER_REPOSITORY,
      inject: [OFFICE_CASE_MODEL, OutboxRelay, DeadlineWatch, SERVICE_CLOCK],
      useFactory: (
        matters: Model<SupervisionMatterDocument>,
        relay: OutboxRelay,
        watch: DeadlineWatch,
        clock: ServiceClock,
      ) =>
        new DeadlineFollowingSupervisionRepository(
          new MongoSupervisionMatterRepository(matters, relay),
          new SupervisionDeadlines(watch, clock),
        ),
    },
    SupervisionChanges,
    TakeReferralUseCase,
    LayoffReportUseCase,
    SupervisoryCheckUseCase,
    ConcludeSupervisionUseCase,
    FindSupervisionMattersUseCase,
    SupervisionDocumentsUseCase,
    ReferralIssuedEventHandler,
    officeConsumer(Symbol('ReferralConsumer'), 'referrals', ReferralIssuedEventHandler, (h) => h.handlers),
  ],
})
export class LaborRelationsModule {}
