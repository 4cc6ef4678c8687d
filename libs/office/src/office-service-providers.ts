import type { Provider } from '@nestjs/common';
import type { Model, Schema } from 'mongoose';
import { Topics } from '@onewindow/contracts';
import {
  type DeadlineDocument,
  type DeadlineKind,
  DeadlineScanTimer,
  DeadlineSchema,
  DeadlineWatch,
  MongoDeadlineStore,
} from '@onewindow/deadlines';
import { type EventHandler, OutboxRelay } from '@onewindow/messaging';
import {
  READINESS_CHECKS,
  SERVICE_CLOCK,
  type ServiceClock,
  ServiceInfrastructure,
  serviceClock,
} from '@onewindow/service-runtime';

/** The office's own case collection (its mongoose model), for the office's repository to inject. */
export const OFFICE_CASE_MODEL = Symbol('OfficeCaseModel');

/** What every office service's configuration has (serviceSettings plus its deadline scan interval). */
export interface OfficeServiceConfig {
  kafkaBrokers: string[];
  mongoUrl: string;
  database: string;
  topicPrefix: string;
  deadlineScanIntervalMs: number;
}

export interface OfficeServiceWiring<C extends OfficeServiceConfig> {
  /** The service's name: its caller-assertion audience, consumer groups and deadline service. */
  service: string;
  configToken: symbol;
  loadConfig: () => C;
  /** The office's own topic (the office contract's answers and its case events) and its deadlines topic. */
  topics: { cases: string; deadlines: string };
  /** Its case collection: the model's name and schema, whose documents carry their outbox. */
  cases: { name: string; schema: Schema };
  /** The deadlines it watches, and the CloudEvents source of their events. */
  deadlines: { kinds: readonly DeadlineKind[]; eventSource: string };
}

const DEADLINE_MODEL = Symbol('DeadlineModel');

/**
 * The providers every office service (inspection, labor-relations supervision, …) is made of beside its own
 * use cases: its configuration, the service clock, Kafka and the store, the case and deadline collections
 * relayed by one outbox relay, the deadline watch and its scan timer, and readiness. A deadline's breach is
 * recorded and announced (the supervisor's alerts show it); it ends no case by itself.
 */
export function officeServiceProviders<C extends OfficeServiceConfig>(wiring: OfficeServiceWiring<C>): Provider[] {
  return [
    { provide: wiring.configToken, useFactory: () => wiring.loadConfig() },
    // Every step's "now": the system's clock, moved on only by a test or training system (serviceClock).
    { provide: SERVICE_CLOCK, useFactory: () => serviceClock() },
    {
      provide: ServiceInfrastructure,
      inject: [wiring.configToken],
      useFactory: (config: C) =>
        ServiceInfrastructure.open({
          service: wiring.service,
          kafkaBrokers: config.kafkaBrokers,
          mongoUrl: config.mongoUrl,
          database: config.database,
          publishesTo: [wiring.topics.cases, wiring.topics.deadlines],
          topicPrefix: config.topicPrefix,
        }),
    },
    {
      provide: OFFICE_CASE_MODEL,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) => infra.model(wiring.cases.name, wiring.cases.schema),
    },
    {
      provide: DEADLINE_MODEL,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) => infra.model<DeadlineDocument>('Deadline', DeadlineSchema),
    },
    {
      provide: OutboxRelay,
      inject: [ServiceInfrastructure, OFFICE_CASE_MODEL, DEADLINE_MODEL],
      useFactory: (infra: ServiceInfrastructure, cases: Model<unknown>, deadlines: Model<DeadlineDocument>) =>
        infra.relayOutboxOf([cases, deadlines]),
    },
    {
      provide: DeadlineWatch,
      inject: [DEADLINE_MODEL, OutboxRelay],
      useFactory: (deadlines: Model<DeadlineDocument>, relay: OutboxRelay) =>
        new DeadlineWatch(
          wiring.service,
          wiring.deadlines.kinds,
          new MongoDeadlineStore(deadlines, relay, wiring.topics.deadlines, wiring.deadlines.eventSource),
        ),
    },
    {
      provide: DeadlineScanTimer,
      inject: [wiring.configToken, DeadlineWatch, SERVICE_CLOCK],
      useFactory: (config: C, watch: DeadlineWatch, clock: ServiceClock) =>
        new DeadlineScanTimer(watch, config.deadlineScanIntervalMs, clock),
    },
    {
      provide: READINESS_CHECKS,
      inject: [ServiceInfrastructure],
      useFactory: (infra: ServiceInfrastructure) => infra.readinessChecks(),
    },
  ];
}

/**
 * A consumer of routing's referral stream (and any other stream an office takes work from) for the handlers
 * a provider of the office exposes as `handlers`. Each handler recognises a repeat itself: an office's case id
 * is derived from what it was opened for (a referral is taken once).
 */
export function officeConsumer<H>(
  token: symbol,
  group: string,
  handlersOf: abstract new (...args: never[]) => H,
  handlers: (provider: H) => Record<string, EventHandler>,
  topics: readonly string[] = [Topics.routingReferrals],
): Provider {
  return {
    provide: token,
    inject: [ServiceInfrastructure, handlersOf],
    useFactory: (infra: ServiceInfrastructure, provider: H) =>
      infra.consume(group, [...topics], handlers(provider), { repeats: 'recognised-by-handlers' }),
  };
}
