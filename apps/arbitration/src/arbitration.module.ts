import { Module } from '@nestjs/common';
import { Model } from 'mongoose';
import { Topics } from '@onewindow/contracts';
import { OutboxRelay } from '@onewindow/messaging';
import { HealthController, READINESS_CHECKS, ServiceInfrastructure } from '@onewindow/service-runtime';
import { ARBITRATION_CASE_REPOSITORY } from './application/arbitration-case.repository';
import { DecideAcceptanceUseCase } from './application/decide-acceptance.use-case';
import { CaseDocumentsUseCase } from './application/documents/get-case-document.use-case';
import { FindCasesUseCase } from './application/find-cases.use-case';
import { ReviewApplicationUseCase } from './application/review-application.use-case';
import { ARBITRATION_CONFIG, ArbitrationConfig, loadArbitrationConfig } from './arbitration.config';
import { ArbitrationCaseDocument, ArbitrationCaseSchema } from './infrastructure/arbitration-case.schema';
import { MongoArbitrationCaseRepository } from './infrastructure/mongo-arbitration-case.repository';
import { ArbitrationGrpcController } from './transport/arbitration.grpc-controller';
import { ReferralIssuedEventHandler } from './transport/referral-issued.event-handler';

const CASE_MODEL = Symbol('ArbitrationCaseModel');
const REFERRAL_CONSUMER = Symbol('ReferralConsumer');

@Module({
  controllers: [ArbitrationGrpcController, HealthController],
  providers: [
    { provide: ARBITRATION_CONFIG, useFactory: () => loadArbitrationConfig() },
    {
      provide: ServiceInfrastructure,
      inject: [ARBITRATION_CONFIG],
      useFactory: (config: ArbitrationConfig) =>
        ServiceInfrastructure.open({
          service: 'arbitration',
          kafkaBrokers: config.kafkaBrokers,
          mongoUrl: config.mongoUrl,
          database: config.database,
          publishesTo: [Topics.arbitrationCases],
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
      provide: OutboxRelay,
      inject: [ServiceInfrastructure, CASE_MODEL],
      useFactory: (infra: ServiceInfrastructure, cases: Model<ArbitrationCaseDocument>) => infra.relayOutboxOf([cases]),
    },
    {
      provide: ARBITRATION_CASE_REPOSITORY,
      inject: [CASE_MODEL, OutboxRelay],
      useFactory: (cases: Model<ArbitrationCaseDocument>, relay: OutboxRelay) =>
        new MongoArbitrationCaseRepository(cases, relay),
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
