import { Module } from '@nestjs/common';
import { Model } from 'mongoose';
import { Topics } from '@onewindow/contracts';
import { DeadlineWatch } from '@onewindow/deadlines';
import { OutboxRelay } from '@onewindow/messaging';
import { OFFICE_CASE_MODEL, officeConsumer, officeServiceProviders } from '@onewindow/office';
import { HealthController } from '@onewindow/service-runtime';
import { InspectionDocumentsUseCase } from './application/documents/inspection-documents.use-case';
import { FindInspectionCasesUseCase } from './application/find-inspection-cases.use-case';
import { InspectionCaseChanges } from './application/inspection-case-changes';
import { INSPECTION_CASE_REPOSITORY } from './application/inspection-case.repository';
import { DeadlineFollowingInspectionRepository, InspectionDeadlines } from './application/inspection-deadlines';
import { InspectionStepsUseCase } from './application/inspection-steps.use-case';
import { TakeReferralUseCase } from './application/take-referral.use-case';
import { WATCHED_INSPECTION_DEADLINES } from './domain';
import { InspectionCaseDocument, InspectionCaseSchema } from './infrastructure/inspection-case.schema';
import {
  INSPECTION_EVENT_SOURCE,
  MongoInspectionCaseRepository,
} from './infrastructure/mongo-inspection-case.repository';
import { INSPECTION_CONFIG, loadInspectionConfig } from './inspection.config';
import { InspectionGrpcController } from './transport/inspection.grpc-controller';
import { ReferralIssuedEventHandler } from './transport/referral-issued.event-handler';

@Module({
  controllers: [InspectionGrpcController, HealthController],
  providers: [
    ...officeServiceProviders({
      service: 'inspection',
      configToken: INSPECTION_CONFIG,
      loadConfig: loadInspectionConfig,
      topics: { cases: Topics.inspectionCases, deadlines: Topics.inspectionDeadlines },
      cases: { name: 'InspectionCase', schema: InspectionCaseSchema },
      deadlines: { kinds: WATCHED_INSPECTION_DEADLINES, eventSource: INSPECTION_EVENT_SOURCE },
    }),
    {
      provide: INSPECTION_CASE_REPOSITORY,
      inject: [OFFICE_CASE_MODEL, OutboxRelay, DeadlineWatch],
      useFactory: (cases: Model<InspectionCaseDocument>, relay: OutboxRelay, watch: DeadlineWatch) =>
        new DeadlineFollowingInspectionRepository(
          new MongoInspectionCaseRepository(cases, relay),
          new InspectionDeadlines(watch),
        ),
    },
    InspectionCaseChanges,
    TakeReferralUseCase,
    InspectionStepsUseCase,
    FindInspectionCasesUseCase,
    InspectionDocumentsUseCase,
    ReferralIssuedEventHandler,
    officeConsumer(Symbol('ReferralConsumer'), 'referrals', ReferralIssuedEventHandler, (h) => h.handlers),
    // Labor-relations supervision's findings referred here: a case's id is derived from the supervision's.
    officeConsumer(
      Symbol('SupervisionConsumer'),
      'supervision-findings',
      ReferralIssuedEventHandler,
      (h) => h.supervisionHandlers,
      [Topics.laborRelationsSupervision],
    ),
  ],
})
export class InspectionModule {}
