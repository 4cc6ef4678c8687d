import { Metadata, ServiceError, status } from '@grpc/grpc-js';
import { portalCaller } from '@onewindow/access';
import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import { common, intake, matterContentToProto, Topics } from '@onewindow/contracts';
import { asCaller, fieldViolationsOf } from '@onewindow/service-runtime';
import { eventually, InProcessService } from '@onewindow/testing';
import type { MatterContent } from '../src/domain';
import { identityNumberFor, matterContent } from '../src/domain/matter-content.fixture';
import { IntakeModule } from '../src/intake.module';
import {
  applicationAccepted,
  matterConcluded,
  referralIssued,
  referralOutcomeReported,
} from './routing-and-arbitration-events';

// Ends in the check character X, so a lower-case search must find it too.
const WORKER_IDENTITY = identityNumberFor('421303', '1988-04-12', '107');
const OTHER_IDENTITY = identityNumberFor('421303', '1990-05-17', '123');

const clerk = asCaller({
  userId: 'clerk-two-counties',
  roles: ['WINDOW_CLERK'],
  counties: ['421303', '421321'],
});
const guangshuiSupervisor = asCaller({ userId: 'supervisor-gs', roles: ['SUPERVISOR'], counties: ['421381'] });

const applicant = (name: string, identityNumber: string, birthDate: string) => ({
  ...matterContent().applicant,
  name,
  identityNumber,
  birthDate,
});
const worker = applicant('王小明', WORKER_IDENTITY, '1988-04-12');

describe('intake search, satisfaction rating and dashboard statistics', () => {
  const harness = new InProcessService('intake', IntakeModule);

  beforeAll(() => harness.start());
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
  const register = (overrides: Partial<MatterContent>) =>
    call<intake.RegisterMatterResponse>('registerMatter', {
      content: matterContentToProto(matterContent(overrides)),
      requestId: '',
    }).then((r) => r.matter!);
  const getMatter = (matterNumber: string) =>
    call<intake.GetMatterResponse>('getMatter', { matterId: '', matterNumber }).then((r) => r.matter!);
  const reached = (matterNumber: string, done: (matter: intake.Matter) => boolean) =>
    eventually(async () => {
      const matter = await getMatter(matterNumber);
      return done(matter) ? matter : undefined;
    });
  const stageReached = (matterNumber: string, stage: string) => reached(matterNumber, (m) => m.stage === stage);

  describe('listing matters with filters (事项查询)', () => {
    let zengdu: intake.Matter;
    let sui: intake.Matter;
    let otherWorker: intake.Matter;
    let outsideCounties: intake.Matter;

    beforeAll(async () => {
      zengdu = await register({
        applicant: worker,
        employer: { ...matterContent().employer, name: '随州市某(建筑)有限公司' },
      });
      sui = await register({
        countyCode: '421321',
        kind: 'COMPLAINT',
        applicant: worker,
        employer: { ...matterContent().employer, name: '随县兴达劳务有限公司' },
      });
      otherWorker = await register({
        applicant: applicant('李四', OTHER_IDENTITY, '1990-05-17'),
        employer: { ...matterContent().employer, name: '曾都区宏达物流有限公司' },
      });
      outsideCounties = await register({ countyCode: '421300', applicant: worker });
      await harness.publish(Topics.routingReferrals, referralIssued(zengdu.matterId));
      await stageReached(zengdu.matterNumber, 'REFERRED');
    });

    const list = (filter: Partial<intake.ListMattersRequest>, metadata = clerk) =>
      call<intake.ListMattersResponse>('listMatters', { pageSize: 100, ...filter }, metadata);
    const numbersOf = (response: intake.ListMattersResponse) => response.matters.map((m) => m.matterNumber);

    it('finds a worker’s earlier matters by exact identity number, across the caller’s counties only', async () => {
      const found = await list({ identityNumber: WORKER_IDENTITY.toLowerCase() });
      expect(numbersOf(found)).toEqual([sui.matterNumber, zengdu.matterNumber]);
      expect(numbersOf(found)).not.toContain(outsideCounties.matterNumber);
      expect(numbersOf(await list({ identityNumber: OTHER_IDENTITY }))).toEqual([otherWorker.matterNumber]);
    });

    it('refuses an ill-formed identity number without echoing it', async () => {
      const error = await failure('listMatters', { identityNumber: WORKER_IDENTITY.slice(0, 17) + '0' }, clerk);
      expect(error.code).toBe(status.INVALID_ARGUMENT);
      const [violation] = fieldViolationsOf(error.metadata);
      expect(violation!.field).toBe('identityNumber');
      expect(violation!.description).not.toContain(WORKER_IDENTITY.slice(0, 17));
    });

    it('matches part of the applicant’s or employer’s name, and a matter-number prefix', async () => {
      expect(numbersOf(await list({ query: '小明' }))).toEqual([sui.matterNumber, zengdu.matterNumber]);
      expect(numbersOf(await list({ query: '宏达物流' }))).toEqual([otherWorker.matterNumber]);
      const byPrefix = numbersOf(await list({ query: zengdu.matterNumber.slice(0, 12) }));
      expect(byPrefix).toEqual(expect.arrayContaining([zengdu.matterNumber, otherWorker.matterNumber]));
      expect(byPrefix.every((n) => n.startsWith('421303-'))).toBe(true);
    });

    it('takes the search text literally: regular-expression characters match only themselves', async () => {
      expect(numbersOf(await list({ query: '某(建筑)' }))).toEqual([zengdu.matterNumber]);
      expect(numbersOf(await list({ query: '.*' }))).toEqual([]);
    });

    it('combines the filters: stage, kind and county', async () => {
      expect(numbersOf(await list({ query: '王小明', stage: 'REFERRED' }))).toEqual([zengdu.matterNumber]);
      expect(numbersOf(await list({ query: '王小明', kind: common.MatterKind.MATTER_KIND_COMPLAINT }))).toEqual([
        sui.matterNumber,
      ]);
      expect(numbersOf(await list({ identityNumber: WORKER_IDENTITY, countyCode: '421303' }))).toEqual([
        zengdu.matterNumber,
      ]);
      const summary = (await list({ query: '兴达劳务' })).matters[0]!;
      expect(summary).toMatchObject({ kind: common.MatterKind.MATTER_KIND_COMPLAINT, stage: 'REGISTERED' });
    });

    it('refuses an unknown stage, an over-long query and a page token it did not issue, all at once', async () => {
      const error = await failure('listMatters', { stage: 'DONE', query: '王'.repeat(51), pageToken: 'page-2' }, clerk);
      expect(error.code).toBe(status.INVALID_ARGUMENT);
      expect(fieldViolationsOf(error.metadata).map((v) => v.field)).toEqual(['stage', 'query', 'pageToken']);
    });

    it('pages through several counties without losing or repeating a matter', async () => {
      for (let i = 0; i < 3; i++) await register({ countyCode: i % 2 ? '421321' : '421303' });
      const whole = numbersOf(await list({}));
      const paged: string[] = [];
      let pageToken = '';
      do {
        const page = await list({ pageSize: 2, pageToken });
        expect(page.matters.length).toBeLessThanOrEqual(2);
        paged.push(...numbersOf(page));
        pageToken = page.nextPageToken;
      } while (pageToken);
      expect(paged).toEqual(whole);
      expect(paged).toEqual([...paged].sort().reverse());
      expect(new Set(paged.map((n) => n.slice(0, 6)))).toEqual(new Set(['421303', '421321']));
    });

    it('is staff work: the portal may not search matters', async () => {
      const error = await failure('listMatters', {}, asCaller(portalCaller(zengdu.matterNumber)));
      expect(error.code).toBe(status.PERMISSION_DENIED);
    });
  });

  describe('rating a closed matter (群众满意度)', () => {
    let matter: intake.Matter;
    let worker: Metadata;
    const rate = (score: number, comment: string, metadata: Metadata) =>
      call<intake.RateSatisfactionResponse>(
        'rateSatisfaction',
        { matterNumber: matter.matterNumber, score, comment },
        metadata,
      );
    const rateFailure = (score: number, comment: string, metadata: Metadata) =>
      failure('rateSatisfaction', { matterNumber: matter.matterNumber, score, comment }, metadata);

    beforeAll(async () => {
      matter = await register({});
      worker = asCaller(portalCaller(matter.matterNumber));
    });

    it('waits until the matter is closed', async () => {
      const error = await rateFailure(5, '', worker);
      expect(error.code).toBe(status.FAILED_PRECONDITION);
      expect(error.details).toMatch(/not closed yet \(stage REGISTERED\)/);
    });

    it('waits while a resolved referral is not yet the end of the matter', async () => {
      await harness.publish(
        Topics.routingReferrals,
        referralIssued(matter.matterId, { target: 'MEDIATION' }),
        referralOutcomeReported(matter.matterId, 'MEDIATION', 'RESOLVED'),
      );
      await eventually(async () => {
        const { timeline } = await getMatter(matter.matterNumber);
        return timeline.some((entry) => entry.summary.startsWith('调解组织处理完毕')) ? true : undefined;
      });
      expect((await rateFailure(5, '', worker)).details).toMatch(/not closed yet \(stage REFERRED\)/);
    });

    it('is open once routing concludes the matter (已办结)', async () => {
      await harness.publish(
        Topics.routingReferrals,
        matterConcluded(matter.matterId, { target: 'MEDIATION', status: 'RESOLVED' }),
      );
      expect((await stageReached(matter.matterNumber, 'RESOLVED')).satisfaction).toBeNull(); // absent on the wire
    });

    it('refuses a bad score and an over-long comment, naming both fields', async () => {
      const error = await rateFailure(0, '好'.repeat(501), worker);
      expect(error.code).toBe(status.INVALID_ARGUMENT);
      expect(fieldViolationsOf(error.metadata).map((v) => v.field)).toEqual(['score', 'comment']);
    });

    it('is the worker’s alone: staff may not rate for them, nor the portal of another county', async () => {
      expect((await rateFailure(5, '', clerk)).code).toBe(status.PERMISSION_DENIED);
      expect((await rateFailure(5, '', asCaller(portalCaller('421321')))).code).toBe(status.PERMISSION_DENIED);
      expect((await getMatter(matter.matterNumber)).satisfaction).toBeNull(); // absent on the wire
    });

    it('takes the worker’s rating once, shows it on the matter, and refuses a second one', async () => {
      const { matter: rated } = await rate(4, ' 调解员很耐心 ', worker);
      expect(rated!.satisfaction).toEqual({ score: 4, comment: '调解员很耐心', ratedAt: expect.any(String) });
      expect((await getMatter(matter.matterNumber)).satisfaction).toEqual(rated!.satisfaction);

      const again = await rateFailure(1, '', worker);
      expect(again.code).toBe(status.FAILED_PRECONDITION);
      expect(again.details).toMatch(/already rated/);
      expect((await getMatter(matter.matterNumber)).satisfaction!.score).toBe(4);
    });
  });

  describe('statistics for the supervisor dashboard', () => {
    const today = todayInChina(new Date());
    const statistics = (request: Partial<intake.GetMatterStatisticsRequest>, metadata = guangshuiSupervisor) =>
      call<intake.GetMatterStatisticsResponse>('getMatterStatistics', request, metadata);
    const claim = (category: string) =>
      ({ category, amountFen: 100_000, description: '' }) as MatterContent['claims'][0];

    beforeAll(async () => {
      const [first, second, third] = await Promise.all([
        register({ countyCode: '421381', claims: [claim('WAGES'), claim('WAGES'), claim('SEVERANCE')] }),
        register({ countyCode: '421381', claims: [claim('WAGES')] }),
        register({ countyCode: '421381', claims: [claim('DISMISSAL_RESIGNATION')] }),
      ]);
      const rerouted = referralIssued(second!.matterId, { target: 'ARBITRATION', reason: 'mediation failed' });
      await harness.publish(
        Topics.routingReferrals,
        referralIssued(first!.matterId, { target: 'ARBITRATION' }),
        referralIssued(first!.matterId, { target: 'LEGAL_AID' }),
        referralIssued(second!.matterId, { target: 'MEDIATION' }),
        rerouted,
        rerouted, // delivered twice: counted once
      );
      await harness.publish(
        Topics.arbitrationCases,
        applicationAccepted(first!.matterId, today, true),
        applicationAccepted(second!.matterId, addCalendarDays(today, 1), true),
        // A dismissal dispute accepted within the statutory period: 当日受理 does not apply to it.
        applicationAccepted(third!.matterId, today, false),
      );
      // Registered, two referrals, accepted: the events of both topics have been projected.
      for (const { matterNumber } of [first!, second!]) await reached(matterNumber, (m) => m.timeline.length === 4);
      await stageReached(third!.matterNumber, 'ACCEPTED');
    });

    it('counts matters by claim category and referrals by path, and same-day acceptances', async () => {
      const result = await statistics({});
      expect(result).toEqual({
        counties: ['421381'],
        mattersTotal: 3,
        byCategory: [
          { key: 'WAGES', count: 2 },
          { key: 'DISMISSAL_RESIGNATION', count: 1 },
          { key: 'SEVERANCE', count: 1 },
        ],
        byPath: [
          { key: 'ARBITRATION', count: 2 },
          { key: 'LEGAL_AID', count: 1 },
          { key: 'MEDIATION', count: 1 },
        ],
        sameDayAcceptance: { accepted: 2, sameDay: 1 },
      });
    });

    it('counts only matters registered within the China dates asked for', async () => {
      expect((await statistics({ registeredFrom: today, registeredTo: today })).mattersTotal).toBe(3);
      expect((await statistics({ registeredFrom: addCalendarDays(today, 1) })).mattersTotal).toBe(0);
      expect((await statistics({ registeredTo: addCalendarDays(today, -1) })).mattersTotal).toBe(0);
    });

    it('stays within the caller’s counties', async () => {
      expect((await failure('getMatterStatistics', { countyCode: '421303' }, guangshuiSupervisor)).code).toBe(
        status.PERMISSION_DENIED,
      );
      const twoCounties = await statistics({}, clerk);
      expect(twoCounties.counties).toEqual(['421303', '421321']);
      expect(twoCounties.byPath).not.toContainEqual({ key: 'LEGAL_AID', count: expect.any(Number) });
    });

    it('refuses dates that are not dates, or the wrong way round', async () => {
      const error = await failure('getMatterStatistics', { registeredFrom: '2026-02-30' }, guangshuiSupervisor);
      expect(fieldViolationsOf(error.metadata).map((v) => v.field)).toEqual(['registeredFrom']);
      const reversed = await failure(
        'getMatterStatistics',
        { registeredFrom: today, registeredTo: addCalendarDays(today, -1) },
        guangshuiSupervisor,
      );
      expect(fieldViolationsOf(reversed.metadata).map((v) => v.field)).toEqual(['registeredTo']);
    });
  });
});
