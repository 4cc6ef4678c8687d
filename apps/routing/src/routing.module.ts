import { Module } from '@nestjs/common';
import { Model } from 'mongoose';
import { Topics } from '@onewindow/contracts';
import { OutboxRelay } from '@onewindow/messaging';
import { OFFICE_TOPICS } from '@onewindow/office';
import { HealthController, READINESS_CHECKS, ServiceInfrastructure } from '@onewindow/service-runtime';
import {
  AGENCY_CREDENTIAL_STORE,
  AgencyCredentials,
  AgencyCredentialsVerifier,
} from './application/agency-credentials';
import { DecideRouting } from './application/decide-routing';
import { EscalateOverdueReferralsUseCase } from './application/escalate-overdue-referrals.use-case';
import { ListReferralsUseCase } from './application/list-referrals.use-case';
import { ReferralLoopUseCase } from './application/referral-loop.use-case';
import { RouteMatterUseCase } from './application/route-matter.use-case';
import { ROUTING_CASE_REPOSITORY } from './application/routing-case.repository';
import { RuleSetRegistry } from './application/rule-set-registry';
import { DEFAULT_RULE_SETS, RULE_SET_PROVIDER, RULE_SET_STORE } from './application/rule-set.provider';
import { SimulateRuleSetUseCase } from './application/simulate-rule-set.use-case';
import { DefaultRuleSetFiles } from './infrastructure/default-rule-set.files';
import {
  AgencyCredentialDocument,
  AgencyCredentialSchema,
  MongoAgencyCredentialStore,
} from './infrastructure/mongo-agency-credential.store';
import { MongoRoutingCaseRepository } from './infrastructure/mongo-routing-case.repository';
import { MongoRuleSetStore, RuleSetDocument, RuleSetSchema } from './infrastructure/mongo-rule-set.store';
import { RoutingCaseDocument, RoutingCaseSchema } from './infrastructure/routing-case.schema';
import { loadRoutingConfig, ROUTING_CONFIG, RoutingConfig } from './routing.config';
import { EscalationScheduler } from './transport/escalation.scheduler';
import { MatterRegisteredEventHandler } from './transport/matter-registered.event-handler';
import { OfficeAnswersEventHandler } from './transport/office-answers.event-handler';
import { RoutingGrpcController } from './transport/routing.grpc-controller';

const CASE_MODEL = Symbol('RoutingCaseModel');
const REGISTRATION_CONSUMER = Symbol('RegistrationConsumer');
const OFFICE_ANSWERS_CONSUMER = Symbol('OfficeAnswersConsumer');

@Module({
  controllers: [RoutingGrpcController, HealthController],
  providers: [
    { provide: ROUTING_CONFIG, useFactory: () => loadRoutingConfig() },
    {
      provide: ServiceInfrastructure,
      inject: [ROUTING_CONFIG],
      useFactory: (config: RoutingConfig) =>
        ServiceInfrastructure.open({
          service: 'routing',
          kafkaBrokers: config.kafkaBrokers,
          mongoUrl: config.mongoUrl,
          database: config.database,
          publishesTo: [Topics.routingReferrals],
          topicPrefix: config.topicPrefix,
        }),
    },
    {
      provide: RULE_SET_STORE,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) =>
        new MongoRuleSetStore(infra.model<RuleSetDocument>('RuleSet', RuleSetSchema)),
    },
    {
      provide: DEFAULT_RULE_SETS,
      inject: [ROUTING_CONFIG],
      useFactory: (config: RoutingConfig) => new DefaultRuleSetFiles(config.rulesDir),
    },
    RuleSetRegistry,
    { provide: RULE_SET_PROVIDER, useExisting: RuleSetRegistry },
    {
      provide: CASE_MODEL,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) => infra.model<RoutingCaseDocument>('RoutingCase', RoutingCaseSchema),
    },
    {
      provide: OutboxRelay,
      inject: [ServiceInfrastructure, CASE_MODEL],
      useFactory: (infra: ServiceInfrastructure, cases: Model<RoutingCaseDocument>) => infra.relayOutboxOf([cases]),
    },
    {
      provide: ROUTING_CASE_REPOSITORY,
      inject: [CASE_MODEL, OutboxRelay],
      useFactory: (cases: Model<RoutingCaseDocument>, relay: OutboxRelay) =>
        new MongoRoutingCaseRepository(cases, relay),
    },
    {
      provide: READINESS_CHECKS,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) => infra.readinessChecks(),
    },
    {
      provide: AGENCY_CREDENTIAL_STORE,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) =>
        new MongoAgencyCredentialStore(
          infra.model<AgencyCredentialDocument>('AgencyCredential', AgencyCredentialSchema),
        ),
    },
    AgencyCredentials,
    AgencyCredentialsVerifier,
    DecideRouting,
    RouteMatterUseCase,
    ReferralLoopUseCase,
    ListReferralsUseCase,
    EscalateOverdueReferralsUseCase,
    SimulateRuleSetUseCase,
    EscalationScheduler,
    MatterRegisteredEventHandler,
    OfficeAnswersEventHandler,
    {
      provide: OFFICE_ANSWERS_CONSUMER,
      inject: [ServiceInfrastructure, OfficeAnswersEventHandler],
      useFactory: (infra: ServiceInfrastructure, answers: OfficeAnswersEventHandler) =>
        // A repeated answer finds its referral answered already (answerAsOffice).
        infra.consume('office-answers', Object.values(OFFICE_TOPICS), answers.handlers, {
          repeats: 'recognised-by-handlers',
        }),
    },
    {
      provide: REGISTRATION_CONSUMER,
      inject: [ServiceInfrastructure, MatterRegisteredEventHandler],
      useFactory: (infra: ServiceInfrastructure, registered: MatterRegisteredEventHandler) =>
        // A routing case's id is its matter's: a matter is routed once.
        infra.consume('registrations', [Topics.intakeMatters], registered.handlers, {
          repeats: 'recognised-by-handlers',
        }),
    },
  ],
})
export class RoutingModule {}
