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
import { ARBITRATION_CASE_REPOSITORY, HEARING_ROOM_CALENDAR } from './application/arbitration-case.repository';
import { CaseDeadlines, DeadlineFollowingCaseRepository } from './application/case-deadlines';
import { DecideAcceptanceUseCase } from './application/decide-acceptance.use-case';
import { CaseDocumentsUseCase } from './application/documents/get-case-document.use-case';
import { FindCasesUseCase } from './application/find-cases.use-case';
import { ReviewApplicationUseCase } from './application/review-application.use-case';
import { SubmitSupplementUseCase } from './application/submit-supplement.use-case';
import { AwardPeriodUseCase } from './application/award-period.use-case';
import { ServiceAndDefenceUseCase } from './application/service-and-defence.use-case';
import { TribunalUseCase } from './application/tribunal.use-case';
import { HearingUseCase } from './application/hearing.use-case';
import { ArbitrationMediationUseCase } from './application/arbitration-mediation.use-case';
import { AwardUseCase } from './application/award.use-case';
import { ChallengeUseCase } from './application/challenge.use-case';
import { HearingOutcomeUseCase } from './application/hearing-outcome.use-case';
import { MongoHearingRoomCalendar } from './infrastructure/mongo-hearing-room-calendar';
import { ELECTRONIC_SERVICE_LINKS, ElectronicServiceUseCase } from './application/electronic-service.use-case';
import { MongoElectronicServiceLinks } from './infrastructure/mongo-electronic-service-links';
import { ARBITRATION_CONFIG, ArbitrationConfig, loadArbitrationConfig } from './arbitration.config';
import { watchedCaseDeadlines } from './domain/watched-case-deadlines';
import { ArbitrationCaseDocument, ArbitrationCaseSchema } from './infrastructure/arbitration-case.schema';
import { ARBITRATION_EVENT_SOURCE } from './infrastructure/mongo-arbitration-case.repository';
import { MongoArbitrationCaseRepository } from './infrastructure/mongo-arbitration-case.repository';
import { ArbitrationGrpcController } from './transport/arbitration.grpc-controller';
import { ReferralIssuedEventHandler } from './transport/referral-issued.event-handler';

const CASE_MODEL = Symbol('ArbitrationCaseModel');
const REFERRAL_CONSUMER = Symbol('ReferralConsumer');
const DEADLINE_MODEL = Symbol('DeadlineModel');

@Module({
  controllers: [ArbitrationGrpcController, HealthController],
  providers: [
    { provide: ARBITRATION_CONFIG, useFactory: () => loadArbitrationConfig() },
    // Every step's "now": the system's clock, moved on only by a test or training system (serviceClock).
    { provide: SERVICE_CLOCK, useFactory: () => serviceClock() },
    {
      provide: ServiceInfrastructure,
      inject: [ARBITRATION_CONFIG],
      useFactory: (config: ArbitrationConfig) =>
        ServiceInfrastructure.open({
          service: 'arbitration',
          kafkaBrokers: config.kafkaBrokers,
          mongoUrl: config.mongoUrl,
          database: config.database,
          publishesTo: [Topics.arbitrationCases, Topics.arbitrationDeadlines],
          topicPrefix: config.topicPrefix,
        }),
    },
    {
      provide: CASE_MODEL,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) =>
        infra.model<ArbitrationCaseDocument>('ArbitrationCase', ArbitrationCaseSchema),
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
        cases: Model<ArbitrationCaseDocument>,
        deadlines: Model<DeadlineDocument>,
      ) => infra.relayOutboxOf([cases, deadlines]),
    },
    {
      provide: DeadlineWatch,
      inject: [ARBITRATION_CONFIG, DEADLINE_MODEL, OutboxRelay],
      useFactory: (config: ArbitrationConfig, deadlines: Model<DeadlineDocument>, relay: OutboxRelay) =>
        new DeadlineWatch(
          'arbitration',
          watchedCaseDeadlines(config.deadlineWarnings),
          new MongoDeadlineStore(deadlines, relay, Topics.arbitrationDeadlines, ARBITRATION_EVENT_SOURCE),
        ),
    },
    {
      provide: DeadlineScanTimer,
      inject: [ARBITRATION_CONFIG, DeadlineWatch],
      useFactory: (config: ArbitrationConfig, watch: DeadlineWatch) =>
        new DeadlineScanTimer(watch, config.deadlineScanIntervalMs),
    },
    {
      provide: ARBITRATION_CASE_REPOSITORY,
      inject: [CASE_MODEL, OutboxRelay, DeadlineWatch],
      useFactory: (cases: Model<ArbitrationCaseDocument>, relay: OutboxRelay, watch: DeadlineWatch) =>
        new DeadlineFollowingCaseRepository(new MongoArbitrationCaseRepository(cases, relay), new CaseDeadlines(watch)),
    },
    {
      provide: READINESS_CHECKS,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) => infra.readinessChecks(),
    },
    ReviewApplicationUseCase,
    FindCasesUseCase,
    DecideAcceptanceUseCase,
    CaseDocumentsUseCase,
    SubmitSupplementUseCase,
    AwardPeriodUseCase,
    ServiceAndDefenceUseCase,
    TribunalUseCase,
    HearingUseCase,
    ArbitrationMediationUseCase,
    AwardUseCase,
    ChallengeUseCase,
    HearingOutcomeUseCase,
    {
      provide: HEARING_ROOM_CALENDAR,
      inject: [CASE_MODEL],
      useFactory: (cases: Model<ArbitrationCaseDocument>) => new MongoHearingRoomCalendar(cases.db),
    },
    ElectronicServiceUseCase,
    {
      provide: ELECTRONIC_SERVICE_LINKS,
      inject: [CASE_MODEL],
      useFactory: (cases: Model<ArbitrationCaseDocument>) => new MongoElectronicServiceLinks(cases),
    },
    ReferralIssuedEventHandler,
    {
      provide: REFERRAL_CONSUMER,
      inject: [ServiceInfrastructure, ReferralIssuedEventHandler],
      useFactory: (infra: ServiceInfrastructure, referrals: ReferralIssuedEventHandler) =>
        // A case's id is its referral's: a referral is reviewed once.
        infra.consume('referrals', [Topics.routingReferrals], referrals.handlers, {
          repeats: 'recognised-by-handlers',
        }),
    },
  ],
})
export class ArbitrationModule {}
