import { Module } from '@nestjs/common';
import { Model } from 'mongoose';
import { Topics } from '@onewindow/contracts';
import { OutboxRelay } from '@onewindow/messaging';
import { HealthController, READINESS_CHECKS, ServiceInfrastructure } from '@onewindow/service-runtime';
import { DecideRouting } from './application/decide-routing';
import { RouteMatterUseCase } from './application/route-matter.use-case';
import { ROUTING_DECISION_REPOSITORY } from './application/routing-decision.repository';
import { RULE_SET_PROVIDER } from './application/rule-set.provider';
import { FileRuleSetProvider } from './infrastructure/file-rule-set.provider';
import { MongoRoutingDecisionRepository } from './infrastructure/mongo-routing-decision.repository';
import { RoutingDecisionDocument, RoutingDecisionSchema } from './infrastructure/routing-decision.schema';
import { loadRoutingConfig, ROUTING_CONFIG, RoutingConfig } from './routing.config';
import { MatterRegisteredEventHandler } from './transport/matter-registered.event-handler';
import { RoutingGrpcController } from './transport/routing.grpc-controller';

const DECISION_MODEL = Symbol('RoutingDecisionModel');
const REGISTRATION_CONSUMER = Symbol('RegistrationConsumer');

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
      provide: RULE_SET_PROVIDER,
      inject: [ROUTING_CONFIG],
      useFactory: (config: RoutingConfig) => new FileRuleSetProvider(config.rulesDir),
    },
    {
      provide: DECISION_MODEL,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) =>
        infra.model<RoutingDecisionDocument>('RoutingDecision', RoutingDecisionSchema),
    },
    {
      provide: OutboxRelay,
      inject: [ServiceInfrastructure, DECISION_MODEL],
      useFactory: (infra: ServiceInfrastructure, decisions: Model<RoutingDecisionDocument>) =>
        infra.relayOutboxOf([decisions]),
    },
    {
      provide: ROUTING_DECISION_REPOSITORY,
      inject: [DECISION_MODEL, OutboxRelay],
      useFactory: (decisions: Model<RoutingDecisionDocument>, relay: OutboxRelay) =>
        new MongoRoutingDecisionRepository(decisions, relay),
    },
    {
      provide: READINESS_CHECKS,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) => infra.readinessChecks(),
    },
    DecideRouting,
    RouteMatterUseCase,
    MatterRegisteredEventHandler,
    {
      provide: REGISTRATION_CONSUMER,
      inject: [ServiceInfrastructure, MatterRegisteredEventHandler],
      useFactory: (infra: ServiceInfrastructure, registered: MatterRegisteredEventHandler) =>
        infra.consume('registrations', [Topics.intakeMatters], registered.handlers),
    },
  ],
})
export class RoutingModule {}
