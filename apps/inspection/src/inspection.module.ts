import { Module } from '@nestjs/common';
import { Model } from 'mongoose';
import { Topics } from '@onewindow/contracts';
import {
  DeadlineDocument,
  DeadlineScanTimer,
  DeadlineSchema,
  DeadlineWatch,
  MongoDeadlineStore,
} from '@onewindow/deadlines';
import { OutboxRelay } from '@onewindow/messaging';
import {
  HealthController,
  READINESS_CHECKS,
  SERVICE_CLOCK,
  ServiceInfrastructure,
  serviceClock,
} from '@onewindow/service-runtime';
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
import { INSPECTION_CONFIG, InspectionConfig, loadInspectionConfig } from './inspection.config';
import { InspectionGrpcController } from './transport/inspection.grpc-controller';
import { ReferralIssuedEventHandler } from './transport/referral-issued.event-handler';

const CASE_MODEL = Symbol('InspectionCaseModel');
const DEADLINE_MODEL = Symbol('DeadlineModel');
const STORED_CASES = Symbol('StoredInspectionCases');
const REFERRAL_CONSUMER = Symbol('ReferralConsumer');
const SUPERVISION_CONSUMER = Symbol('SupervisionConsumer');

@Module({
  controllers: [InspectionGrpcController, HealthController],
  providers: [
    { provide: INSPECTION_CONFIG, useFactory: () => loadInspectionConfig() },
    // Every step's "now": the system's clock, moved on only by a test or training system (serviceClock).
    { provide: SERVICE_CLOCK, useFactory: () => serviceClock() },
    {
      provide: ServiceInfrastructure,
      inject: [INSPECTION_CONFIG],
      useFactory: (config: InspectionConfig) =>
        ServiceInfrastructure.open({
          service: 'inspection',
          kafkaBrokers: config.kafkaBrokers,
          mongoUrl: config.mongoUrl,
          database: config.database,
          publishesTo: [Topics.inspectionCases, Topics.inspectionDeadlines],
          topicPrefix: config.topicPrefix,
        }),
    },
    {
      provide: CASE_MODEL,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) =>
        infra.model<InspectionCaseDocument>('InspectionCase', InspectionCaseSchema),
    },
    {
      provide: DEADLINE_MODEL,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) => infra.model<DeadlineDocument>('Deadline', DeadlineSchema),
    },
    {
      provide: OutboxRelay,
      inject: [ServiceInfrastructure, CASE_MODEL, DEADLINE_MODEL],
      useFactory: (
        infra: ServiceInfrastructure,
        cases: Model<InspectionCaseDocument>,
        deadlines: Model<DeadlineDocument>,
      ) => infra.relayOutboxOf([cases, deadlines]),
    },
    {
      provide: STORED_CASES,
      inject: [CASE_MODEL, OutboxRelay],
      useFactory: (cases: Model<InspectionCaseDocument>, relay: OutboxRelay) =>
        new MongoInspectionCaseRepository(cases, relay),
    },
    {
      // A breach is recorded and announced (the supervisor's queue shows it); it ends no case by itself.
      provide: DeadlineWatch,
      inject: [DEADLINE_MODEL, OutboxRelay],
      useFactory: (deadlines: Model<DeadlineDocument>, relay: OutboxRelay) =>
        new DeadlineWatch(
          'inspection',
          WATCHED_INSPECTION_DEADLINES,
          new MongoDeadlineStore(deadlines, relay, Topics.inspectionDeadlines, INSPECTION_EVENT_SOURCE),
        ),
    },
    {
      provide: INSPECTION_CASE_REPOSITORY,
      inject: [STORED_CASES, DeadlineWatch],
      useFactory: (stored: MongoInspectionCaseRepository, watch: DeadlineWatch) =>
        new DeadlineFollowingInspectionRepository(stored, new InspectionDeadlines(watch)),
    },
    {
      provide: DeadlineScanTimer,
      inject: [INSPECTION_CONFIG, DeadlineWatch],
      useFactory: (config: InspectionConfig, watch: DeadlineWatch) =>
        new DeadlineScanTimer(watch, config.deadlineScanIntervalMs),
    },
    {
      provide: READINESS_CHECKS,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) => infra.readinessChecks(),
    },
    InspectionCaseChanges,
    TakeReferralUseCase,
    InspectionStepsUseCase,
    FindInspectionCasesUseCase,
    InspectionDocumentsUseCase,
    ReferralIssuedEventHandler,
    {
      provide: REFERRAL_CONSUMER,
      inject: [ServiceInfrastructure, ReferralIssuedEventHandler],
      useFactory: (infra: ServiceInfrastructure, referrals: ReferralIssuedEventHandler) =>
        // A case's id is its referral's: a referral is taken once.
        infra.consume('referrals', [Topics.routingReferrals], referrals.handlers, {
          repeats: 'recognised-by-handlers',
        }),
    },
    {
      provide: SUPERVISION_CONSUMER,
      inject: [ServiceInfrastructure, ReferralIssuedEventHandler],
      useFactory: (infra: ServiceInfrastructure, referrals: ReferralIssuedEventHandler) =>
        // A case's id is derived from the supervision's: its findings open one case.
        infra.consume('supervision-findings', [Topics.laborRelationsSupervision], referrals.supervisionHandlers, {
          repeats: 'recognised-by-handlers',
        }),
    },
  ],
})
export class InspectionModule {}
