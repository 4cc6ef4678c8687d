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
import { OFFICE_TOPICS } from '@onewindow/office';
import { HealthController, READINESS_CHECKS, ServiceInfrastructure } from '@onewindow/service-runtime';
import {
  AGENCY_CREDENTIAL_STORE,
  AgencyCredentials,
  AgencyCredentialsVerifier,
} from './application/agency-credentials';
import { DecideRouting } from './application/decide-routing';
import {
  EscalateOverdueReferralsUseCase,
  REFERRAL_DEADLINE_WATCH,
  ReferralEscalation,
} from './application/escalate-overdue-referrals.use-case';
import { DeadlineFollowingRoutingCaseRepository, ReferralDeadlines } from './application/referral-deadlines';
import { ListReferralsUseCase } from './application/list-referrals.use-case';
import { ReferralLoopUseCase } from './application/referral-loop.use-case';
import { AnswerConsultationUseCase } from './application/answer-consultation.use-case';
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
import { MongoRoutingCaseRepository, ROUTING_EVENT_SOURCE } from './infrastructure/mongo-routing-case.repository';
import { MongoRuleSetStore, RuleSetDocument, RuleSetSchema } from './infrastructure/mongo-rule-set.store';
import { RoutingCaseDocument, RoutingCaseSchema } from './infrastructure/routing-case.schema';
import { WATCHED_REFERRAL_DEADLINES } from './domain/watched-referral-deadlines';
import { loadRoutingConfig, ROUTING_CONFIG, RoutingConfig } from './routing.config';
import { MatterRegisteredEventHandler } from './transport/matter-registered.event-handler';
import { OfficeAnswersEventHandler } from './transport/office-answers.event-handler';
import { RoutingGrpcController } from './transport/routing.grpc-controller';

const CASE_MODEL = Symbol('RoutingCaseModel');
const DEADLINE_MODEL = Symbol('DeadlineModel');
const STORED_CASES = Symbol('StoredRoutingCases');
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
          publishesTo: [Topics.routingReferrals, Topics.routingDeadlines],
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
      provide: DEADLINE_MODEL,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) => infra.model<DeadlineDocument>('Deadline', DeadlineSchema),
    },
    {
      provide: OutboxRelay,
      inject: [ServiceInfrastructure, CASE_MODEL, DEADLINE_MODEL],
      useFactory: (
        infra: ServiceInfrastructure,
        cases: Model<RoutingCaseDocument>,
        deadlines: Model<DeadlineDocument>,
      ) => infra.relayOutboxOf([cases, deadlines]),
    },
    {
      provide: STORED_CASES,
      inject: [CASE_MODEL, OutboxRelay],
      useFactory: (cases: Model<RoutingCaseDocument>, relay: OutboxRelay) =>
        new MongoRoutingCaseRepository(cases, relay),
    },
    {
      provide: REFERRAL_DEADLINE_WATCH,
      inject: [DEADLINE_MODEL, OutboxRelay, STORED_CASES],
      useFactory: (deadlines: Model<DeadlineDocument>, relay: OutboxRelay, cases: MongoRoutingCaseRepository) => {
        // An escalation changes no deadline: it is saved without following the deadlines.
        const escalation = new ReferralEscalation(cases);
        return new DeadlineWatch(
          'routing',
          WATCHED_REFERRAL_DEADLINES,
          new MongoDeadlineStore(deadlines, relay, Topics.routingDeadlines, ROUTING_EVENT_SOURCE),
          { beforeBreach: (deadline, today) => escalation.escalate(deadline.subjectId, today) },
        );
      },
    },
    {
      provide: ROUTING_CASE_REPOSITORY,
      inject: [STORED_CASES, REFERRAL_DEADLINE_WATCH],
      useFactory: (cases: MongoRoutingCaseRepository, watch: DeadlineWatch) =>
        new DeadlineFollowingRoutingCaseRepository(cases, new ReferralDeadlines(watch)),
    },
    {
      provide: DeadlineScanTimer,
      inject: [ROUTING_CONFIG, REFERRAL_DEADLINE_WATCH],
      useFactory: (config: RoutingConfig, watch: DeadlineWatch) =>
        new DeadlineScanTimer(watch, config.escalationIntervalMs),
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
    AnswerConsultationUseCase,
    ListReferralsUseCase,
    EscalateOverdueReferralsUseCase,
    SimulateRuleSetUseCase,
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
