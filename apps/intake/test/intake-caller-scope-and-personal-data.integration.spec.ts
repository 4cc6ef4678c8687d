import { Metadata, ServiceError, status } from '@grpc/grpc-js';
import { type Caller, portalCaller } from '@onewindow/access';
import { intake, matterContentToProto, Topics } from '@onewindow/contracts';
import { asCaller, fieldViolationsOf } from '@onewindow/service-runtime';
import { eventually, InProcessService, TopicRecorder } from '@onewindow/testing';
import { identityNumberFor, matterContent } from '../src/domain/matter-content.fixture';
import { IntakeModule } from '../src/intake.module';

const BIRTH_DATE = '1990-05-17';
const IDENTITY = identityNumberFor('421303', BIRTH_DATE, '123');
const PHONE = '13872345678';
const WITNESS_PHONE = '13912345678'; // the fixture's witness
const MASKED_IDENTITY = '4213**************';
const MASKED_PHONE = '138****5678';
const MASKED = { identityNumber: MASKED_IDENTITY, phone: MASKED_PHONE, birthDate: '', age: expect.any(Number) };

const staff = (userId: string, roles: Caller['roles'], counties: string[]) => asCaller({ userId, roles, counties });
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

  it('stores the personal data sealed: the raw document holds it nowhere in the clear', async () => {
    const matter = await register();
    const raw = await matters().findOne({ _id: matter.matterId as never });
    const text = JSON.stringify(raw);
    expect(text).not.toContain(IDENTITY);
    expect(text).not.toContain(IDENTITY.slice(4)); // nor the characters the mask hides
    expect(text).not.toContain(BIRTH_DATE);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(WITNESS_PHONE);
    expect(raw!.content.applicant).toMatchObject(MASKED);
    expect(raw!.content.witnesses[0].contact).toBe('139****5678');
    expect(raw!.personalData.witnessContacts).toHaveLength(1);
    expect(raw!.personalData.identityNumber).toEqual({
      keyId: 'k1',
      iv: expect.any(String),
      ciphertext: expect.any(String),
      tag: expect.any(String),
    });
    expect(raw!.identityNumberIndex).toEqual(expect.any(String));
  });

  it('answers and announces the matter de-identified, in the response and in MatterRegistered', async () => {
    const matter = await register();
    expect(matter.content!.applicant).toMatchObject(MASKED);
    const fetched = await call<intake.GetMatterResponse>('getMatter', { matterId: matter.matterId, matterNumber: '' });
    expect(fetched.matter!.content!.applicant).toMatchObject(MASKED);
    expect(fetched.matter!.content!.witnesses[0]!.contact).toBe('139****5678');

    const message = await eventually(async () => recorder.messages.find((m) => m.key?.toString() === matter.matterId));
    for (const whole of [IDENTITY, PHONE, WITNESS_PHONE, BIRTH_DATE])
      expect(message.value!.includes(whole)).toBe(false);
    const event = intake.MatterRegistered.decode(message.value!);
    expect(event.content!.applicant).toMatchObject(MASKED);
    expect(event.content!.witnesses[0]!.contact).toBe('139****5678');
  });

  it('keeps a report’s reporter confidential: in no answer, event or stored content, revealed to an inspector only', async () => {
    const report = await register(zengduClerk, { kind: 'REPORT' });
    const REPORTER = '张建国'; // the fixture's applicant
    expect(report.content!.applicant).toMatchObject({ name: '', identityNumber: '', phone: '', domicile: '' });
    const raw = await matters().findOne({ _id: report.matterId as never });
    expect(JSON.stringify(raw!.content)).not.toContain(REPORTER);
    expect(JSON.stringify(raw!.personalData)).not.toContain(REPORTER);
    const message = await eventually(async () => recorder.messages.find((m) => m.key?.toString() === report.matterId));
    expect(message.value!.includes(Buffer.from(REPORTER))).toBe(false);
    expect(message.value!.includes(Buffer.from(MASKED_PHONE))).toBe(false);

    const byNumber = { matterId: '', matterNumber: report.matterNumber };
    const clerk = await failure('revealPersonalData', byNumber, zengduClerk);
    expect(clerk.code).toBe(status.PERMISSION_DENIED);
    expect(clerk.details).toContain('劳动保障监察条例第九条');
    const inspector = staff('inspector-zengdu', ['INSPECTOR'], ['421303']);
    const revealed = await call<intake.RevealPersonalDataResponse>('revealPersonalData', byNumber, inspector);
    expect(revealed.reporter).toEqual({
      name: REPORTER,
      domicile: expect.stringContaining('随州'),
      occupation: '钢筋工',
    });
    expect(revealed.phone).toBe(PHONE);
  });

  it('refuses a search by identity number to a post that sees personal data masked only', async () => {
    await register();
    const error = await failure('listMatters', { identityNumber: IDENTITY }, zengduSupervisor);
    expect(error.code).toBe(status.PERMISSION_DENIED);
    expect(error.details).toMatch(/searching by identity number uses personal data/);
    const found = await call<intake.ListMattersResponse>('listMatters', { identityNumber: IDENTITY }, zengduClerk);
    expect(found.matters.length).toBeGreaterThan(0);
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

  it('registers under the channel of the caller’s post: clerk window, petition officer visit, supervisor any', async () => {
    const petitionOfficer = staff('petition-zengdu', ['PETITION_OFFICER'], ['421303']);
    const clerkAndOfficer = staff('multi-zengdu', ['WINDOW_CLERK', 'PETITION_OFFICER'], ['421303']);
    const mediator = staff('mediator-zengdu', ['MEDIATOR'], ['421303']);
    const before = await matters().countDocuments();

    const clerkVisit = await failure('registerMatter', request({ channel: 'PETITION_VISIT' }), zengduClerk);
    expect(clerkVisit.code).toBe(status.PERMISSION_DENIED);
    expect(clerkVisit.details).toBe(
      'content.channel: 窗口受理员 may not register a PETITION_VISIT matter (registered by 信访工作人员、值班主任)',
    );
    const officerWindow = await failure('registerMatter', request({ channel: 'WINDOW' }), petitionOfficer);
    expect(officerWindow.details).toMatch(/^content\.channel: 信访工作人员 may not register a WINDOW matter/);
    expect((await failure('registerMatter', request(), mediator)).code).toBe(status.PERMISSION_DENIED);
    expect(await matters().countDocuments()).toBe(before);

    for (const [caller, channel] of [
      [petitionOfficer, 'PETITION_VISIT'],
      [clerkAndOfficer, 'WINDOW'],
      [clerkAndOfficer, 'PETITION_VISIT'],
      [zengduSupervisor, 'PETITION_VISIT'],
      [zengduSupervisor, 'ONLINE'],
    ] as const) {
      expect((await register(caller, { channel })).matterNumber).toMatch(/^421303-/);
    }
  });

  it('lets the portal register online applications only', async () => {
    const portal = asCaller(portalCaller('421303'));
    const error = await failure('registerMatter', request({ channel: 'WINDOW' }), portal);
    expect(error.code).toBe(status.PERMISSION_DENIED);
    expect(error.details).toMatch(/content\.channel: 网上办事 may not register a WINDOW matter/);
    const online = await register(portal, { channel: 'ONLINE' });
    expect(online.matterNumber).toMatch(/^421303-/);
  });

  it('reads a matter stored before ages replaced birth dates in the new shape, and still recognises its repeat', async () => {
    const requestId = 'window-1-stored-before-ages';
    const registered = await call<intake.RegisterMatterResponse>(
      'registerMatter',
      { ...request(), requestId },
      zengduClerk,
    ).then((r) => r.matter!);
    await eventually(async () =>
      ((await matters().findOne({ _id: registered.matterId as never }))?.['outbox'] as unknown[]).length === 0
        ? true
        : undefined,
    );
    // What intake stored then: the birth date and witnesses' contacts in content, a 4+10+4 mask.
    await matters().updateOne(
      { _id: registered.matterId as never },
      {
        $set: {
          'content.applicant.birthDate': BIRTH_DATE,
          'content.applicant.identityNumber': `4213**********${IDENTITY.slice(-4)}`,
          'content.witnesses.0.contact': WITNESS_PHONE,
        },
        $unset: { 'content.applicant.age': '', 'personalData.birthDate': '', 'personalData.witnessContacts': '' },
      },
    );
    const byNumber = { matterId: '', matterNumber: registered.matterNumber };
    const shown = await call<intake.GetMatterResponse>('getMatter', byNumber, zengduSupervisor);
    expect(shown.matter!.content!.applicant).toMatchObject({ ...MASKED, age: registered.content!.applicant!.age });
    expect(shown.matter!.content!.witnesses[0]!.contact).toBe('139****5678');
    expect(await call('revealPersonalData', byNumber, zengduClerk)).toEqual({
      identityNumber: IDENTITY,
      birthDate: BIRTH_DATE,
      phone: PHONE,
      witnessContacts: [WITNESS_PHONE],
      reporter: null, // not a report
    });
    const repeat = await call<intake.RegisterMatterResponse>(
      'registerMatter',
      { ...request(), requestId },
      zengduClerk,
    );
    expect(repeat.matter!.matterNumber).toBe(registered.matterNumber);
  });

  describe('revealing the whole numbers (个人信息查看)', () => {
    let matter: intake.Matter;
    beforeAll(async () => {
      matter = await register();
    });
    const reveal = (metadata: Metadata, body = { matterId: '', matterNumber: matter.matterNumber }) =>
      call<intake.RevealPersonalDataResponse>('revealPersonalData', body, metadata);

    const whole = {
      identityNumber: IDENTITY,
      birthDate: BIRTH_DATE,
      phone: PHONE,
      witnessContacts: [WITNESS_PHONE],
      reporter: null,
    };

    it('gives a window clerk of the county the whole values, by number or by id', async () => {
      expect(await reveal(zengduClerk)).toEqual(whole);
      expect(await reveal(zengduClerk, { matterId: matter.matterId, matterNumber: '' })).toEqual(whole);
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
      expect(await reveal(asCaller(portalCaller(matter.matterNumber)))).toEqual({
        identityNumber: '',
        birthDate: '',
        phone: PHONE,
        witnessContacts: [],
        reporter: null,
      });
    });

    it('refuses the portal acting for another matter', async () => {
      const other = await register();
      const error = await failure(
        'revealPersonalData',
        { matterId: '', matterNumber: matter.matterNumber },
        asCaller(portalCaller(other.matterNumber)),
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

    it('refuses to open witnesses’ contacts moved to another witness’s place', async () => {
      const witnesses = [
        { name: '王某', contact: '13912345678', statement: '工友' },
        { name: '赵某', contact: '13722223333', statement: '班长' },
      ];
      const registered = await register(zengduClerk, { witnesses });
      await eventually(async () =>
        ((await matters().findOne({ _id: registered.matterId as never }))?.['outbox'] as unknown[]).length === 0
          ? true
          : undefined,
      );
      const raw = await matters().findOne({ _id: registered.matterId as never });
      const [first, second] = raw!.personalData.witnessContacts;
      await matters().updateOne(
        { _id: registered.matterId as never },
        { $set: { 'personalData.witnessContacts': [second, first] } },
      );
      const error = await failure(
        'revealPersonalData',
        { matterId: registered.matterId, matterNumber: '' },
        zengduClerk,
      );
      expect(error.code).toBe(status.DATA_LOSS);
      expect(error.details).toMatch(/witnesses\[0\]\.contact .* cannot be opened/);
    });
  });
});
