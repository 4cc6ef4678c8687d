import { ServiceError, status } from '@grpc/grpc-js';
import {
  CloudEventHeaders,
  DeadLetterHeaders,
  EventTypes,
  intake,
  matterContentToProto,
  Topics,
} from '@onewindow/contracts';
import { OutboxRelay } from '@onewindow/messaging';
import { EVERY_POST_CALLER, eventually, InProcessService, TopicRecorder } from '@onewindow/testing';
import { fieldViolationsOf } from '@onewindow/service-runtime';
import { RegisterMatterUseCase } from '../src/application/register-matter.use-case';
import { matterContent } from '../src/domain/matter-content.fixture';
import { MatterDocument, MatterSchema } from '../src/infrastructure/matter.schema';
import { MongoMatterRepository } from '../src/infrastructure/mongo-matter.repository';
import { PersonalDataCipher } from '../src/infrastructure/personal-data-cipher';
import { loadIntakeConfig } from '../src/intake.config';
import { IntakeModule } from '../src/intake.module';
import { referralIssued } from './routing-and-arbitration-events';

const wageArrears = (overrides = {}) => ({ content: matterContentToProto(matterContent(overrides)), requestId: '' });

describe('intake service on the real broker and store', () => {
  const harness = new InProcessService('intake', IntakeModule);
  let recorder: TopicRecorder;

  beforeAll(async () => {
    await harness.start();
    recorder = await harness.record(Topics.intakeMatters, `${Topics.routingReferrals}.dlq`);
  });

  afterAll(() => harness.dispose());

  const matterCount = () => harness.store!.collection('matters').countDocuments();
  const registered = (matterId: string) =>
    recorder.messages.filter((m) => m.topic === harness.topic(Topics.intakeMatters) && m.key?.toString() === matterId);
  const getMatter = (matterId: string) =>
    harness.client!.call<intake.GetMatterResponse>('getMatter', { matterId, matterNumber: '' }).then((r) => r.matter!);

  it('registers a wage-arrears matter, numbers it per county and year, and publishes MatterRegistered', async () => {
    const { matter } = await harness.client!.call<intake.RegisterMatterResponse>('registerMatter', wageArrears());
    expect(matter!.matterNumber).toMatch(/^421303-\d{4}-\d{6}$/);
    expect(matter!.stage).toBe('REGISTERED');
    expect(matter!.content!.claims[0]!.amountFen).toBe(3_600_000);

    const [message] = await eventually(async () =>
      registered(matter!.matterId).length ? registered(matter!.matterId) : undefined,
    );
    expect(recorder.header(message!, CloudEventHeaders.type)).toBe(EventTypes.matterRegistered);
    expect(recorder.header(message!, CloudEventHeaders.id)).toBe(matter!.timeline[0]!.eventId);
    const event = intake.MatterRegistered.decode(message!.value!);
    expect(event.matterNumber).toBe(matter!.matterNumber);
  });

  type Request = ReturnType<typeof wageArrears>;
  const badRequests: [string, (request: Request) => void, string][] = [
    [
      'a wrong identity-number check digit',
      (r) => void (r.content.applicant!.identityNumber = '421303199005171230'),
      'applicant.identityNumber',
    ],
    ['a negative amount', (r) => void (r.content.claims[0]!.amountFen = -100), 'claims[0].amountFen'],
    ['an unknown county', (r) => void (r.content.countyCode = '110101'), 'countyCode'],
    ['a birth date in the future', (r) => void (r.content.applicant!.birthDate = '2999-01-01'), 'applicant.birthDate'],
    ['no claim at all', (r) => void (r.content.claims = []), 'claims'],
  ];

  it.each(badRequests)('refuses %s with field-level details and saves nothing', async (_, spoil, field) => {
    const before = await matterCount();
    const bad = wageArrears();
    spoil(bad);
    const error = (await harness.client!.call('registerMatter', bad).catch((e) => e)) as ServiceError;
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldViolationsOf(error.metadata).map((v) => v.field)).toContain(field);
    expect(await matterCount()).toBe(before);
  });

  it('refuses an oversized request before reading it, and saves nothing', async () => {
    const before = await matterCount();
    const huge = wageArrears();
    huge.content.factsAndReasons = '欠'.repeat(600_000);
    const error = (await harness.client!.call('registerMatter', huge).catch((e) => e)) as ServiceError;
    expect(error.code).toBe(status.RESOURCE_EXHAUSTED);
    expect(await matterCount()).toBe(before);
  });

  it('gives one matter for a request repeated with the same request id', async () => {
    const request = { ...wageArrears(), requestId: 'window-3-20261129-0001' };
    const first = await harness.client!.call<intake.RegisterMatterResponse>('registerMatter', request);
    const again = await harness.client!.call<intake.RegisterMatterResponse>('registerMatter', request);
    expect(again.matter!.matterId).toBe(first.matter!.matterId);
    expect(await harness.store!.collection('matters').countDocuments({ requestKey: request.requestId })).toBe(1);
  });

  it('gives every concurrent repeat of one request the one matter, and draws no second number', async () => {
    const request = { ...wageArrears({ countyCode: '421381' }), requestId: 'window-5-20261201-0042' };
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => harness.client!.call<intake.RegisterMatterResponse>('registerMatter', request)),
    );
    expect(new Set(answers.map((a) => a.matter!.matterId)).size).toBe(1);
    expect(await harness.store!.collection('matters').countDocuments({ requestKey: request.requestId })).toBe(1);
    // The next matter of that county takes the very next number: none was used up by the repeats.
    const next = await harness.client!.call<intake.RegisterMatterResponse>(
      'registerMatter',
      wageArrears({ countyCode: '421381' }),
    );
    const sequence = (number: string) => Number(number.slice(-6));
    expect(sequence(next.matter!.matterNumber)).toBe(sequence(answers[0]!.matter!.matterNumber) + 1);
  });

  it('refuses a request id used before with other content, naming the request id, and saves nothing', async () => {
    const request = { ...wageArrears(), requestId: 'window-3-20261201-0007' };
    const first = await harness.client!.call<intake.RegisterMatterResponse>('registerMatter', request);
    const before = await matterCount();
    const other = {
      ...wageArrears({ factsAndReasons: '另一件事：被申请人未依法支付加班费，经催要未果。' }),
      requestId: request.requestId,
    };
    const error = (await harness.client!.call('registerMatter', other).catch((e) => e)) as ServiceError;
    expect(error.code).toBe(status.ALREADY_EXISTS);
    expect(error.details).toContain('window-3-20261201-0007');
    expect(error.details).toContain(first.matter!.matterNumber);
    expect(await matterCount()).toBe(before);
    expect((await getMatter(first.matter!.matterId)).content!.factsAndReasons).toBe(
      first.matter!.content!.factsAndReasons,
    );
  });

  describe('a repeat compares the whole values, with the age as on the first registration’s day', () => {
    // The use case on the service's store, with a relay that publishes nothing: the clock is the test's.
    const useCase = () => {
      const model = harness.store!.model<MatterDocument>('Matter', MatterSchema);
      const relay = new OutboxRelay(harness.kafka.producer(), [model]);
      const { personalDataKey, personalDataKeyId } = loadIntakeConfig();
      const cipher = new PersonalDataCipher(personalDataKey, personalDataKeyId);
      return { relay, register: new RegisterMatterUseCase(new MongoMatterRepository(model, relay, cipher)) };
    };

    it('gives the same matter to a repeat made after the worker’s birthday', async () => {
      const { relay, register } = useCase();
      const content = matterContent(); // born 1990-05-17
      const first = await register.execute(
        EVERY_POST_CALLER,
        content,
        'window-3-birthday-eve',
        new Date('2026-05-16T02:00:00Z'),
      );
      const again = await register.execute(
        EVERY_POST_CALLER,
        content,
        'window-3-birthday-eve',
        new Date('2026-05-18T02:00:00Z'),
      );
      await relay.stop();
      expect(first.content.applicant.age).toBe(35);
      expect(again.id).toBe(first.id);
      expect(again.content.applicant.age).toBe(35);
    });

    it('refuses a repeat whose witness contact differs, though its masked form is the same', async () => {
      const { relay, register } = useCase();
      const witness = (contact: string) => matterContent({ witnesses: [{ name: '王某', contact, statement: '工友' }] });
      await register.execute(EVERY_POST_CALLER, witness('13912345678'), 'window-3-witness-changed');
      const error = await register
        .execute(EVERY_POST_CALLER, witness('13912005678'), 'window-3-witness-changed')
        .catch((e: unknown) => e);
      await relay.stop();
      expect((error as { getError(): { code: number } }).getError().code).toBe(status.ALREADY_EXISTS);
    });
  });

  it('lists a county’s matters newest first, page by page, and refuses an unknown county', async () => {
    for (let i = 0; i < 3; i++) await harness.client!.call('registerMatter', wageArrears({ countyCode: '421321' }));
    const list = (pageToken: string) =>
      harness.client!.call<intake.ListMattersResponse>('listMatters', { countyCode: '421321', pageSize: 2, pageToken });
    const first = await list('');
    const second = await list(first.nextPageToken);
    const numbers = [...first.matters, ...second.matters].map((m) => m.matterNumber);
    expect(first.matters).toHaveLength(2);
    expect(second.nextPageToken).toBe('');
    expect(numbers).toEqual([...numbers].sort().reverse());
    expect(new Set(numbers).size).toBe(3);

    const error = (await harness
      .client!.call('listMatters', { countyCode: '110101', pageSize: 0, pageToken: '' })
      .catch((e) => e)) as ServiceError;
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldViolationsOf(error.metadata).map((v) => v.field)).toEqual(['countyCode']);
  });

  it('sends a malformed event to the DLQ and goes on to the next one', async () => {
    const { matter } = await harness.client!.call<intake.RegisterMatterResponse>('registerMatter', wageArrears());
    const poison = referralIssued(matter!.matterId, { reason: 'poison' });
    // A length-delimited field claiming more bytes than the record has: this cannot decode.
    poison.payload = Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f]);
    const good = referralIssued(matter!.matterId, { reason: '金额较大，依申请人意愿申请仲裁' });
    await harness.publish(Topics.routingReferrals, poison, good);

    const timeline = await eventually(async () => {
      const m = await getMatter(matter!.matterId);
      return m.timeline.some((e) => e.eventId === good.id) ? m.timeline : undefined;
    });
    expect(timeline.some((e) => e.eventId === poison.id)).toBe(false);
    const dead = await eventually(async () =>
      recorder.messages.find((m) => recorder.header(m, CloudEventHeaders.id) === poison.id),
    );
    expect(recorder.header(dead, DeadLetterHeaders.error)).toMatch(/PoisonMessageError: .*does not decode/);
    expect(recorder.header(dead, DeadLetterHeaders.originalTopic)).toBe(harness.topic(Topics.routingReferrals));
  });

  it('changes the timeline once when the same event is delivered twice', async () => {
    const { matter } = await harness.client!.call<intake.RegisterMatterResponse>('registerMatter', wageArrears());
    const twice = referralIssued(matter!.matterId, { reason: 'twice' });
    const marker = referralIssued(matter!.matterId, { reason: 'marker' });
    await harness.publish(Topics.routingReferrals, twice, twice, marker);
    // Same key, same partition: once the marker shows, both copies before it were handled.
    const timeline = await eventually(async () => {
      const m = await getMatter(matter!.matterId);
      return m.timeline.some((e) => e.eventId === marker.id) ? m.timeline : undefined;
    });
    expect(timeline.filter((e) => e.eventId === twice.id)).toHaveLength(1);
  });

  it('loses no event when the service dies between saving a matter and publishing it', async () => {
    await harness.stop();
    // A process that saved the matter and its outbox entry, then died before the relay could publish.
    const model = harness.store!.model<MatterDocument>('Matter', MatterSchema);
    const deadRelay = new OutboxRelay(harness.kafka.producer(), [model]);
    const { personalDataKey, personalDataKeyId } = loadIntakeConfig();
    const cipher = new PersonalDataCipher(personalDataKey, personalDataKeyId);
    const dying = new RegisterMatterUseCase(new MongoMatterRepository(model, deadRelay, cipher));
    const saved = await dying.execute(EVERY_POST_CALLER, matterContent(), '');
    await deadRelay.stop();
    const stored = await model.findById(saved.id).lean().exec();
    expect(stored!.outbox).toHaveLength(1);
    expect(registered(saved.id)).toHaveLength(0);

    await harness.start();
    const [message] = await eventually(async () => (registered(saved.id).length ? registered(saved.id) : undefined));
    expect(recorder.header(message!, CloudEventHeaders.id)).toBe(saved.timeline[0]!.eventId);
    await eventually(async () =>
      (await model.findById(saved.id).lean().exec())!.outbox.length === 0 ? true : undefined,
    );
  });
});
