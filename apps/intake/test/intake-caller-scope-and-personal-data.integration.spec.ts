import { Metadata, ServiceError, status } from '@grpc/grpc-js';
import { type Caller, portalCaller } from '@onewindow/access';
import { intake, matterContentToProto, Topics } from '@onewindow/contracts';
import { callerToMetadata, fieldViolationsOf } from '@onewindow/service-runtime';
import { eventually, InProcessService, TopicRecorder } from '@onewindow/testing';
import { identityNumberFor, matterContent } from '../src/domain/matter-content.fixture';
import { IntakeModule } from '../src/intake.module';

const IDENTITY = identityNumberFor('421303', '1990-05-17', '123');
const PHONE = '13872345678';
const MASKED_IDENTITY = `4213**********${IDENTITY.slice(-4)}`;
const MASKED_PHONE = '138****5678';

const staff = (userId: string, roles: Caller['roles'], counties: string[]) =>
  callerToMetadata({ userId, roles, counties });
const zengduClerk = staff('clerk-zengdu', ['WINDOW_CLERK'], ['421303']);
const suiClerk = staff('clerk-sui', ['WINDOW_CLERK'], ['421321']);
const zengduSupervisor = staff('supervisor-zengdu', ['SUPERVISOR'], ['421303']);

const request = (overrides = {}) => ({ content: matterContentToProto(matterContent(overrides)), requestId: '' });

describe('intake checks the caller on every call and keeps personal data sealed and masked', () => {
  const harness = new InProcessService('intake', IntakeModule);
  let recorder: TopicRecorder;

  beforeAll(async () => {
    await harness.start();
    recorder = await harness.record(Topics.intakeMatters);
  });

  afterAll(() => harness.dispose());

  const call = <T>(method: string, body: object, metadata?: Metadata) =>
    harness.client!.call<T>(method, body, metadata);
  const failure = (method: string, body: object, metadata?: Metadata) =>
    call(method, body, metadata).then(
      () => {
        throw new Error(`${method} succeeded`);
      },
      (error: ServiceError) => error,
    );
  const register = (metadata = zengduClerk, overrides = {}) =>
    call<intake.RegisterMatterResponse>('registerMatter', request(overrides), metadata).then((r) => r.matter!);
  const matters = () => harness.store!.collection('matters');

  it('stores the identity and phone numbers sealed: the raw document holds them nowhere in the clear', async () => {
    const matter = await register();
    const raw = await matters().findOne({ _id: matter.matterId as never });
    const text = JSON.stringify(raw);
    expect(text).not.toContain(IDENTITY);
    expect(text).not.toContain(IDENTITY.slice(4, 14)); // nor the digits the mask hides
    expect(text).not.toContain(PHONE);
    expect(raw!.content.applicant).toMatchObject({ identityNumber: MASKED_IDENTITY, phone: MASKED_PHONE });
    expect(raw!.personalData.identityNumber).toEqual({
      keyId: 'k1',
      iv: expect.any(String),
      ciphertext: expect.any(String),
      tag: expect.any(String),
    });
    expect(raw!.identityNumberIndex).toEqual(expect.any(String));
  });

  it('answers and announces the matter with masked numbers, in the response and in MatterRegistered', async () => {
    const matter = await register();
    expect(matter.content!.applicant).toMatchObject({ identityNumber: MASKED_IDENTITY, phone: MASKED_PHONE });
    const fetched = await call<intake.GetMatterResponse>('getMatter', { matterId: matter.matterId, matterNumber: '' });
    expect(fetched.matter!.content!.applicant).toMatchObject({ identityNumber: MASKED_IDENTITY, phone: MASKED_PHONE });

    const message = await eventually(async () => recorder.messages.find((m) => m.key?.toString() === matter.matterId));
    expect(message.value!.includes(IDENTITY)).toBe(false);
    expect(message.value!.includes(PHONE)).toBe(false);
    const event = intake.MatterRegistered.decode(message.value!);
    expect(event.content!.applicant).toMatchObject({ identityNumber: MASKED_IDENTITY, phone: MASKED_PHONE });
  });

  it.each([
    ['registerMatter', request()],
    ['getMatter', { matterId: 'x', matterNumber: '' }],
    ['listMatters', {}],
    ['revealPersonalData', { matterId: 'x', matterNumber: '' }],
    ['rateSatisfaction', { matterNumber: '421303-2026-000001', score: 5, comment: '' }],
    ['getMatterStatistics', {}],
  ])('refuses %s without a caller in the metadata as UNAUTHENTICATED', async (method, body) => {
    const error = await failure(method, body, new Metadata());
    expect(error.code).toBe(status.UNAUTHENTICATED);
  });

  it('refuses to register a matter of another county, and saves nothing', async () => {
    const before = await matters().countDocuments();
    const error = await failure('registerMatter', request(), suiClerk);
    expect(error.code).toBe(status.PERMISSION_DENIED);
    expect(error.details).toMatch(/county 421303 is outside the caller's counties \(421321\)/);
    expect(await matters().countDocuments()).toBe(before);
  });

  it('still answers bad content with INVALID_ARGUMENT before looking at the county', async () => {
    const error = await failure('registerMatter', request({ countyCode: '110101' }), suiClerk);
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldViolationsOf(error.metadata).map((v) => v.field)).toEqual(['countyCode']);
  });

  it('does not hand out another county’s matter through a repeated request id', async () => {
    const requestId = 'window-1-repeat-across-counties';
    await call('registerMatter', { ...request(), requestId }, zengduClerk);
    const repeat = { ...request({ countyCode: '421321' }), requestId };
    expect((await failure('registerMatter', repeat, suiClerk)).code).toBe(status.PERMISSION_DENIED);
  });

  it('refuses to show a matter of another county, whether asked by id or by number', async () => {
    const matter = await register();
    for (const body of [
      { matterId: matter.matterId, matterNumber: '' },
      { matterId: '', matterNumber: matter.matterNumber },
    ]) {
      expect((await failure('getMatter', body, suiClerk)).code).toBe(status.PERMISSION_DENIED);
    }
  });

  it('lists only the caller’s counties, and refuses a county filter outside them', async () => {
    await register(zengduClerk);
    const sui = await register(suiClerk, { countyCode: '421321' });
    const listed = await call<intake.ListMattersResponse>('listMatters', { pageSize: 100 }, suiClerk);
    expect(listed.matters.map((m) => m.countyCode)).toEqual(listed.matters.map(() => '421321'));
    expect(listed.matters.map((m) => m.matterId)).toContain(sui.matterId);

    const error = await failure('listMatters', { countyCode: '421303' }, suiClerk);
    expect(error.code).toBe(status.PERMISSION_DENIED);
  });

  it('lets the portal register online applications only', async () => {
    const portal = callerToMetadata(portalCaller('421303'));
    const error = await failure('registerMatter', request({ channel: 'WINDOW' }), portal);
    expect(error.code).toBe(status.PERMISSION_DENIED);
    expect(error.details).toMatch(/online applications only/);
    const online = await register(portal, { channel: 'ONLINE' });
    expect(online.matterNumber).toMatch(/^421303-/);
  });

  describe('revealing the whole numbers (个人信息查看)', () => {
    let matter: intake.Matter;
    beforeAll(async () => {
      matter = await register();
    });
    const reveal = (metadata: Metadata, body = { matterId: '', matterNumber: matter.matterNumber }) =>
      call<intake.RevealPersonalDataResponse>('revealPersonalData', body, metadata);

    it('gives a window clerk of the county both numbers', async () => {
      expect(await reveal(zengduClerk)).toEqual({ identityNumber: IDENTITY, phone: PHONE });
      expect(await reveal(zengduClerk, { matterId: matter.matterId, matterNumber: '' })).toEqual({
        identityNumber: IDENTITY,
        phone: PHONE,
      });
    });

    it('refuses a supervisor, who works with masked numbers only', async () => {
      const error = await failure(
        'revealPersonalData',
        { matterId: '', matterNumber: matter.matterNumber },
        zengduSupervisor,
      );
      expect(error.code).toBe(status.PERMISSION_DENIED);
    });

    it('refuses a clerk of another county', async () => {
      const error = await failure('revealPersonalData', { matterId: '', matterNumber: matter.matterNumber }, suiClerk);
      expect(error.code).toBe(status.PERMISSION_DENIED);
    });

    it('gives the portal the phone only, to send the worker a tracking code', async () => {
      expect(await reveal(callerToMetadata(portalCaller(matter.matterNumber)))).toEqual({
        identityNumber: '',
        phone: PHONE,
      });
    });

    it('refuses the portal acting for another matter', async () => {
      const other = await register();
      const error = await failure(
        'revealPersonalData',
        { matterId: '', matterNumber: matter.matterNumber },
        callerToMetadata(portalCaller(other.matterNumber)),
      );
      expect(error.code).toBe(status.PERMISSION_DENIED);
    });

    it('refuses to open numbers copied into the matter from another matter’s document', async () => {
      const other = await register(zengduClerk, {
        applicant: { ...matterContent().applicant, identityNumber: identityNumberFor('421303', '1990-05-17', '135') },
      });
      const donor = await matters().findOne({ _id: other.matterId as never });
      const victim = await register();
      // Tampering goes around the service's document lock: let the relay finish with the matter first,
      // or FerretDB's unisolated read-modify-write of the outbox could undo the tampering.
      await eventually(async () =>
        ((await matters().findOne({ _id: victim.matterId as never }))?.['outbox'] as unknown[]).length === 0
          ? true
          : undefined,
      );
      await matters().updateOne({ _id: victim.matterId as never }, { $set: { personalData: donor!.personalData } });
      const error = await failure('revealPersonalData', { matterId: victim.matterId, matterNumber: '' }, zengduClerk);
      expect(error.code).toBe(status.DATA_LOSS);
      expect(error.details).toMatch(/cannot be opened/);
    });
  });
});
