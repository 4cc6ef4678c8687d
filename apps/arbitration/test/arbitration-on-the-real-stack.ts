import type { Metadata, ServiceError } from '@grpc/grpc-js';
import { arbitration, CloudEventHeaders, deadline, EventTypes, Topics } from '@onewindow/contracts';
import { fieldViolationsOf } from '@onewindow/service-runtime';
import { eventually, InProcessService, type TopicRecorder } from '@onewindow/testing';
import { ArbitrationModule } from '../src/arbitration.module';

/**
 * The arbitration service in this process on the real broker and store for one suite file, recording its
 * cases and deadlines topics, with the readings every proceedings test makes: a refusal's code and fields,
 * the steps a matter's case announced, the events of one kind of its watched deadlines.
 */
export function arbitrationOnTheRealStack() {
  const service = new InProcessService('arbitration', ArbitrationModule);
  let cases: TopicRecorder | undefined;
  let deadlines: TopicRecorder | undefined;

  beforeAll(async () => {
    await service.start();
    cases = await service.record(Topics.arbitrationCases);
    deadlines = await service.record(Topics.arbitrationDeadlines);
  });
  afterAll(() => service.dispose());

  return {
    service,
    get cases(): TopicRecorder {
      return cases!;
    },
    get deadlines(): TopicRecorder {
      return deadlines!;
    },
    /** The call's refusal (undefined when it succeeded): its gRPC code, the fields it names, its words. */
    refusal: (method: string, request: object, caller: Metadata) =>
      service.client!.call(method, request, caller).then(
        () => undefined,
        (error: ServiceError) => ({
          code: error.code,
          fields: fieldViolationsOf(error.metadata).map((v) => v.field),
          details: error.details,
        }),
      ),
    /** The matter's proceedings steps on the case topic, once `count` have been consumed. */
    steps: (matterId: string, count: number) =>
      eventually(async () => {
        const found = cases!.messages
          .filter(
            (m) =>
              m.key?.toString() === matterId && cases!.header(m, CloudEventHeaders.type) === EventTypes.proceedingsStep,
          )
          .map((m) => arbitration.ProceedingsStep.decode(m.value!));
        return found.length >= count ? found : undefined;
      }),
    /** The events of the matter's watched deadlines of a kind, as `Type dueOn`, once `count` have been consumed. */
    deadlineEvents: (matterId: string, kind: string, count: number) =>
      eventually(async () => {
        const seen = deadlines!.messages
          .filter((m) => m.key?.toString() === matterId)
          .map((m) => ({
            type: deadlines!.header(m, CloudEventHeaders.type)!.split('.').at(-1),
            deadline: deadline.DeadlineRegistered.decode(m.value!).deadline,
          }))
          .filter((e) => e.deadline?.kind === kind)
          .map((e) => `${e.type} ${e.deadline!.dueOn}`);
        return seen.length >= count ? seen : undefined;
      }),
  };
}
