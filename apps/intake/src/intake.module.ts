import { Module } from '@nestjs/common';
import { Model } from 'mongoose';
import { Topics } from '@onewindow/contracts';
import { DEADLINE_TOPICS } from '@onewindow/deadlines';
import { OutboxRelay } from '@onewindow/messaging';
import { HealthController, READINESS_CHECKS, ServiceInfrastructure } from '@onewindow/service-runtime';
import { DEADLINE_ALERT_STORE, DeadlineAlertsUseCase } from './application/deadline-alerts';
import { FindMattersUseCase } from './application/find-matters.use-case';
import { MATTER_REPOSITORY } from './application/matter.repository';
import { MatterStatisticsUseCase } from './application/matter-statistics.use-case';
import { RateSatisfactionUseCase } from './application/rate-satisfaction.use-case';
import { RecordTimelineStepUseCase } from './application/record-timeline-step.use-case';
import { RegisterMatterUseCase } from './application/register-matter.use-case';
import { RevealPersonalDataUseCase } from './application/reveal-personal-data.use-case';
import { MatterDocument, MatterSchema } from './infrastructure/matter.schema';
import {
  CountyAlertsSchema,
  MongoDeadlineAlertStore,
  SeenDeadlineSchema,
} from './infrastructure/mongo-deadline-alert.store';
import { MongoMatterRepository } from './infrastructure/mongo-matter.repository';
import { PersonalDataCipher } from './infrastructure/personal-data-cipher';
import { INTAKE_CONFIG, IntakeConfig, loadIntakeConfig } from './intake.config';
import { IntakeGrpcController } from './transport/intake.grpc-controller';
import { DeadlineEventHandlers } from './transport/deadline.event-handlers';
import { TimelineEventHandlers } from './transport/timeline.event-handlers';

const MATTER_MODEL = Symbol('MatterModel');
const TIMELINE_CONSUMER = Symbol('TimelineConsumer');
const DEADLINE_CONSUMER = Symbol('DeadlineConsumer');

@Module({
  controllers: [IntakeGrpcController, HealthController],
  providers: [
    { provide: INTAKE_CONFIG, useFactory: () => loadIntakeConfig() },
    {
      provide: ServiceInfrastructure,
      inject: [INTAKE_CONFIG],
      useFactory: (config: IntakeConfig) =>
        ServiceInfrastructure.open({
          service: 'intake',
          kafkaBrokers: config.kafkaBrokers,
          mongoUrl: config.mongoUrl,
          database: config.database,
          publishesTo: [Topics.intakeMatters],
          topicPrefix: config.topicPrefix,
        }),
    },
    {
      provide: MATTER_MODEL,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) => infra.model<MatterDocument>('Matter', MatterSchema),
    },
    {
      provide: OutboxRelay,
      inject: [ServiceInfrastructure, MATTER_MODEL],
      useFactory: (infra: ServiceInfrastructure, matters: Model<MatterDocument>) => infra.relayOutboxOf([matters]),
    },
    {
      provide: PersonalDataCipher,
      inject: [INTAKE_CONFIG],
      useFactory: (config: IntakeConfig) => new PersonalDataCipher(config.personalDataKey, config.personalDataKeyId),
    },
    {
      provide: MATTER_REPOSITORY,
      inject: [MATTER_MODEL, OutboxRelay, PersonalDataCipher],
      useFactory: (matters: Model<MatterDocument>, relay: OutboxRelay, cipher: PersonalDataCipher) =>
        new MongoMatterRepository(matters, relay, cipher),
    },
    {
      provide: READINESS_CHECKS,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) => infra.readinessChecks(),
    },
    RegisterMatterUseCase,
    FindMattersUseCase,
    RevealPersonalDataUseCase,
    RateSatisfactionUseCase,
    MatterStatisticsUseCase,
    RecordTimelineStepUseCase,
    TimelineEventHandlers,
    {
      provide: DEADLINE_ALERT_STORE,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) =>
        new MongoDeadlineAlertStore(
          infra.model('DeadlineAlerts', CountyAlertsSchema),
          infra.model('SeenDeadline', SeenDeadlineSchema),
        ),
    },
    DeadlineAlertsUseCase,
    DeadlineEventHandlers,
    {
      provide: DEADLINE_CONSUMER,
      inject: [ServiceInfrastructure, DeadlineEventHandlers],
      useFactory: (infra: ServiceInfrastructure, deadlines: DeadlineEventHandlers) =>
        // A timeline entry per event id, and alerts that only move forward: repeats change nothing.
        infra.consume('deadlines', DEADLINE_TOPICS, deadlines.handlers, { repeats: 'recognised-by-handlers' }),
    },
    {
      provide: TIMELINE_CONSUMER,
      inject: [ServiceInfrastructure, TimelineEventHandlers],
      useFactory: (infra: ServiceInfrastructure, timeline: TimelineEventHandlers) =>
        // A timeline entry per event id: the repository appends each once. Types without a handler (the
        // office answers on the offices' topics) are skipped by the consumer, not dead-lettered.
        infra.consume(
          'timeline',
          [
            Topics.routingReferrals,
            Topics.arbitrationCases,
            Topics.mediationCases,
            Topics.inspectionCases,
            Topics.laborRelationsSupervision,
          ],
          timeline.handlers,
          { repeats: 'recognised-by-handlers' },
        ),
    },
  ],
})
export class IntakeModule {}
