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
import { HealthController, READINESS_CHECKS, ServiceInfrastructure } from '@onewindow/service-runtime';
import { AgreementUseCase } from './application/agreement.use-case';
import { ConsentAndAssignmentUseCase } from './application/consent-and-assignment.use-case';
import { MediationDocumentsUseCase } from './application/documents/mediation-documents.use-case';
import { FindMediationCasesUseCase } from './application/find-mediation-cases.use-case';
import { MediationCaseChanges } from './application/mediation-case-changes';
import { MEDIATION_CASE_REPOSITORY, MEDIATOR_ROLL } from './application/mediation-case.repository';
import { MediationClock, MediationReview } from './application/mediation-clock';
import { DeadlineFollowingMediationRepository, MediationDeadlines } from './application/mediation-deadlines';
import { MediationStatisticsUseCase } from './application/mediation-statistics.use-case';
import { MediatorRollUseCase } from './application/mediator-roll.use-case';
import { PerformanceUseCase } from './application/performance.use-case';
import { SessionsUseCase } from './application/sessions.use-case';
import { TakeReferralUseCase } from './application/take-referral.use-case';
import { WATCHED_MEDIATION_DEADLINES } from './domain/watched-mediation-deadlines';
import {
  MediationCaseDocument,
  MediationCaseSchema,
  MediatorRollDocument,
  MediatorRollSchema,
} from './infrastructure/mediation-case.schema';
import { MEDIATION_EVENT_SOURCE, MongoMediationCaseRepository } from './infrastructure/mongo-mediation-case.repository';
import { MongoMediatorRoll } from './infrastructure/mongo-mediator-roll';
import { MEDIATION_CONFIG, MediationConfig, loadMediationConfig } from './mediation.config';
import { MediationGrpcController } from './transport/mediation.grpc-controller';
import { ReferralIssuedEventHandler } from './transport/referral-issued.event-handler';

const CASE_MODEL = Symbol('MediationCaseModel');
const ROLL_MODEL = Symbol('MediatorRollModel');
const DEADLINE_MODEL = Symbol('DeadlineModel');
const STORED_CASES = Symbol('StoredMediationCases');
const REFERRAL_CONSUMER = Symbol('ReferralConsumer');

@Module({
  controllers: [MediationGrpcController, HealthController],
  providers: [
    { provide: MEDIATION_CONFIG, useFactory: () => loadMediationConfig() },
    {
      provide: ServiceInfrastructure,
      inject: [MEDIATION_CONFIG],
      useFactory: (config: MediationConfig) =>
        ServiceInfrastructure.open({
          service: 'mediation',
          kafkaBrokers: config.kafkaBrokers,
          mongoUrl: config.mongoUrl,
          database: config.database,
          publishesTo: [Topics.mediationCases, Topics.mediationDeadlines],
          topicPrefix: config.topicPrefix,
        }),
    },
    {
      provide: CASE_MODEL,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) =>
        infra.model<MediationCaseDocument>('MediationCase', MediationCaseSchema),
    },
    {
      provide: ROLL_MODEL,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) =>
        infra.model<MediatorRollDocument>('MediatorRoll', MediatorRollSchema),
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
        cases: Model<MediationCaseDocument>,
        deadlines: Model<DeadlineDocument>,
      ) => infra.relayOutboxOf([cases, deadlines]),
    },
    {
      provide: MEDIATOR_ROLL,
      inject: [ROLL_MODEL],
      useFactory: (roll: Model<MediatorRollDocument>) => new MongoMediatorRoll(roll),
    },
    {
      provide: STORED_CASES,
      inject: [CASE_MODEL, OutboxRelay],
      useFactory: (cases: Model<MediationCaseDocument>, relay: OutboxRelay) =>
        new MongoMediationCaseRepository(cases, relay),
    },
    {
      // The clock concludes through the same deadline-following repository the use cases use; it is
      // given the watch it is part of once both exist.
      provide: DeadlineWatch,
      inject: [DEADLINE_MODEL, OutboxRelay, STORED_CASES, MEDIATOR_ROLL],
      useFactory: (
        deadlines: Model<DeadlineDocument>,
        relay: OutboxRelay,
        stored: MongoMediationCaseRepository,
        roll: MongoMediatorRoll,
      ) => {
        const clock: { of?: MediationClock } = {};
        const watch = new DeadlineWatch(
          'mediation',
          WATCHED_MEDIATION_DEADLINES,
          new MongoDeadlineStore(deadlines, relay, Topics.mediationDeadlines, MEDIATION_EVENT_SOURCE),
          { beforeBreach: (deadline, today) => clock.of!.onBreach(deadline, today) },
        );
        const cases = new DeadlineFollowingMediationRepository(stored, new MediationDeadlines(watch));
        clock.of = new MediationClock(cases, new MediationCaseChanges(cases, roll));
        return watch;
      },
    },
    {
      provide: MEDIATION_CASE_REPOSITORY,
      inject: [STORED_CASES, DeadlineWatch],
      useFactory: (stored: MongoMediationCaseRepository, watch: DeadlineWatch) =>
        new DeadlineFollowingMediationRepository(stored, new MediationDeadlines(watch)),
    },
    {
      provide: MediationReview,
      inject: [DeadlineWatch],
      useFactory: (watch: DeadlineWatch) => new MediationReview(watch),
    },
    {
      provide: DeadlineScanTimer,
      inject: [MEDIATION_CONFIG, DeadlineWatch],
      useFactory: (config: MediationConfig, watch: DeadlineWatch) =>
        new DeadlineScanTimer(watch, config.deadlineScanIntervalMs),
    },
    {
      provide: READINESS_CHECKS,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) => infra.readinessChecks(),
    },
    MediationCaseChanges,
    TakeReferralUseCase,
    ConsentAndAssignmentUseCase,
    SessionsUseCase,
    AgreementUseCase,
    PerformanceUseCase,
    FindMediationCasesUseCase,
    MediatorRollUseCase,
    MediationStatisticsUseCase,
    MediationDocumentsUseCase,
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
  ],
})
export class MediationModule {}
