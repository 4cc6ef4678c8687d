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
import { LABOR_RELATIONS_CONFIG, LaborRelationsConfig, loadLaborRelationsConfig } from './labor-relations.config';
import { LaborRelationsGrpcController } from './transport/labor-relations.grpc-controller';
import { ReferralIssuedEventHandler } from './transport/referral-issued.event-handler';

const MATTER_MODEL = Symbol('SupervisionMatterModel');
const DEADLINE_MODEL = Symbol('DeadlineModel');
const REFERRAL_CONSUMER = Symbol('ReferralConsumer');

@Module({
  controllers: [LaborRelationsGrpcController, HealthController],
  providers: [
    { provide: LABOR_RELATIONS_CONFIG, useFactory: () => loadLaborRelationsConfig() },
    // Every step's "now": the system's clock, moved on only by a test or training system (serviceClock).
    { provide: SERVICE_CLOCK, useFactory: () => serviceClock() },
    {
      provide: ServiceInfrastructure,
      inject: [LABOR_RELATIONS_CONFIG],
      useFactory: (config: LaborRelationsConfig) =>
        ServiceInfrastructure.open({
          service: 'labor-relations',
          kafkaBrokers: config.kafkaBrokers,
          mongoUrl: config.mongoUrl,
          database: config.database,
          publishesTo: [Topics.laborRelationsSupervision, Topics.laborRelationsDeadlines],
          topicPrefix: config.topicPrefix,
        }),
    },
    {
      provide: MATTER_MODEL,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) =>
        infra.model<SupervisionMatterDocument>('SupervisionMatter', SupervisionMatterSchema),
    },
    {
      provide: DEADLINE_MODEL,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) => infra.model<DeadlineDocument>('Deadline', DeadlineSchema),
    },
    {
      provide: OutboxRelay,
      inject: [ServiceInfrastructure, MATTER_MODEL, DEADLINE_MODEL],
      useFactory: (
        infra: ServiceInfrastructure,
        matters: Model<SupervisionMatterDocument>,
        deadlines: Model<DeadlineDocument>,
      ) => infra.relayOutboxOf([matters, deadlines]),
    },
    {
      // A breach of a follow-up or planned layoff day only tells the officer and the supervisor (the
      // deadlines topic); it changes no matter.
      provide: DeadlineWatch,
      inject: [DEADLINE_MODEL, OutboxRelay],
      useFactory: (deadlines: Model<DeadlineDocument>, relay: OutboxRelay) =>
        new DeadlineWatch(
          'labor-relations',
          WATCHED_SUPERVISION_DEADLINES,
          new MongoDeadlineStore(deadlines, relay, Topics.laborRelationsDeadlines, SUPERVISION_EVENT_SOURCE),
        ),
    },
    {
      provide: SUPERVISION_MATTER_REPOSITORY,
      inject: [MATTER_MODEL, OutboxRelay, DeadlineWatch],
      useFactory: (matters: Model<SupervisionMatterDocument>, relay: OutboxRelay, watch: DeadlineWatch) =>
        new DeadlineFollowingSupervisionRepository(
          new MongoSupervisionMatterRepository(matters, relay),
          new SupervisionDeadlines(watch),
        ),
    },
    {
      provide: DeadlineScanTimer,
      inject: [LABOR_RELATIONS_CONFIG, DeadlineWatch],
      useFactory: (config: LaborRelationsConfig, watch: DeadlineWatch) =>
        new DeadlineScanTimer(watch, config.deadlineScanIntervalMs),
    },
    {
      provide: READINESS_CHECKS,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) => infra.readinessChecks(),
    },
    SupervisionChanges,
    TakeReferralUseCase,
    LayoffReportUseCase,
    SupervisoryCheckUseCase,
    ConcludeSupervisionUseCase,
    FindSupervisionMattersUseCase,
    SupervisionDocumentsUseCase,
    ReferralIssuedEventHandler,
    {
      provide: REFERRAL_CONSUMER,
      inject: [ServiceInfrastructure, ReferralIssuedEventHandler],
      useFactory: (infra: ServiceInfrastructure, referrals: ReferralIssuedEventHandler) =>
        // A matter's id is its referral's: a referral is taken once.
        infra.consume('referrals', [Topics.routingReferrals], referrals.handlers, {
          repeats: 'recognised-by-handlers',
        }),
    },
  ],
})
export class LaborRelationsModule {}
