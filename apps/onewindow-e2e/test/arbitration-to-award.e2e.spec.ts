// From the window to a signed award, as separate processes on the real stack: a wage-and-severance
// application accepted the day it arrives (当日受理), the copy served and the defence in (Art. 30), a
// tribunal of three notified (Art. 32), a hearing noticed five working days ahead (Art. 35) and held on its
// day — the platform's clock moved on to it — then the award: the wage claim above 12 months' minimum wage
// not final, the severance final, so a MIXED award in two 裁决书 (Art. 47; 办案规则 Art. 50), and routing's
// referral concluded. A second matter ends in a 仲裁调解书 both parties signed for (Art. 42). Each matter's
// timeline (一管到底) is printed, and the award's PDFs are written to test-output/ for the record.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@onewindow/access';
import { addPeriod, todayInChina } from '@onewindow/calendar';
import { arbitration, common, intake, routing } from '@onewindow/contracts';
import { asCaller } from '@onewindow/service-runtime';
import { eventually, GrpcClient, Platform, wageArrearsApplication } from '@onewindow/testing';

const staff = (roles: Role[]) =>
  asCaller({ userId: `e2e-${roles.join('+').toLowerCase()}`, roles, counties: ['421303'] });
const clerk = staff(['ARBITRATION_CLERK']);
const arbitrator = staff(['ARBITRATOR']);

const HOUR = 3_600_000;
const SAMPLES = join(__dirname, '../../../test-output/arbitration-award');

/** Wages above the Zengdu threshold (12 × 2,130 yuan = 2,556,000 fen on the filing day) and severance below it. */
const wagesAndSeverance = () =>
  wageArrearsApplication({
    claims: [
      {
        category: common.ClaimCategory.CLAIM_CATEGORY_WAGES,
        amountFen: 3_600_000,
        description: '支付拖欠的四个月工资36000元',
      },
      {
        category: common.ClaimCategory.CLAIM_CATEGORY_SEVERANCE,
        amountFen: 1_200_000,
        description: '支付解除劳动合同经济补偿12000元',
      },
    ],
  });

describe('window → arbitration → hearing → a signed award, and → a 调解书 signed by both', () => {
  const platform = new Platform({ movableClock: true });
  let intakeClient: GrpcClient;
  let routingClient: GrpcClient;
  let arbitrationClient: GrpcClient;

  beforeAll(async () => {
    await platform.start();
    intakeClient = platform.client('intake');
    routingClient = platform.client('routing');
    arbitrationClient = platform.client('arbitration');
    mkdirSync(SAMPLES, { recursive: true });
  }, 120_000);

  afterAll(() => platform.stop(), 60_000);

  // Each journey starts today: the clock an earlier one moved on to its hearing is put back.
  beforeEach(() => platform.moveClockTo(new Date()));

  const step = async (method: string, request: object, caller = arbitrator) =>
    (await arbitrationClient.call<{ case: arbitration.ArbitrationCase }>(method, request, caller)).case!;

  /** Registers at the window and waits for arbitration's case, accepted the same day. */
  async function acceptedAtTheWindow(content: common.MatterContent) {
    const { matter } = await intakeClient.call<intake.RegisterMatterResponse>('registerMatter', {
      content,
      requestId: '',
    });
    const accepted = await eventually(
      () =>
        arbitrationClient
          .call<arbitration.GetCaseByMatterResponse>('getCaseByMatter', { matterId: matter!.matterId }, clerk)
          .then(
            (r) => (r.case?.status === 'CASE_STATUS_ACCEPTED' ? r.case : undefined),
            () => undefined,
          ),
      { timeoutMs: 45_000, what: `${matter!.matterNumber} accepted by arbitration` },
    );
    return { matter: matter!, accepted: accepted! };
  }

  /** Served, defended, a tribunal of three notified and a hearing noticed today for its first possible day. */
  async function heardCase(caseId: string, roomId: string) {
    const today = todayInChina(platform.now());
    await step(
      'recordApplicationCopyService',
      { caseId, method: 'POST', trackingNumber: 'EMS1234567890', receivedOn: today, signedBy: '' },
      clerk,
    );
    await step('recordDefence', { caseId, submittedOn: today }, clerk);
    await step('composeTribunal', {
      caseId,
      form: 'THREE_ARBITRATORS',
      arbitrators: [
        { arbitratorId: 'arbitrator.zengdu', name: '周仲裁', role: 'PRESIDING' },
        { arbitratorId: 'arbitrator2.zengdu', name: '吴仲裁', role: 'MEMBER' },
        { arbitratorId: 'arbitrator3.zengdu', name: '郑仲裁', role: 'MEMBER' },
      ],
      composedOn: today,
      factsClear: false,
      bothPartiesAgree: false,
      notifiedOn: today,
    });
    const hearingDay = addPeriod(today, { amount: 5, unit: 'WORKING_DAYS' }).due;
    const scheduled = await step('scheduleHearing', {
      caseId,
      startsAt: `${hearingDay}T09:30:00+08:00`,
      endsAt: `${hearingDay}T11:30:00+08:00`,
      roomId,
      place: '',
      meetingLink: '',
      noticeServedOn: today,
    });
    const hearing = scheduled.hearings.at(-1)!;
    // The hearing's day comes: every service's clock is moved on to an hour after it began.
    platform.moveClockTo(new Date(Date.parse(hearing.startsAt) + HOUR));
    return step('recordHearing', {
      caseId,
      hearingId: hearing.hearingId,
      recordText:
        '仲裁员宣布开庭，核对当事人身份，告知权利义务；申请人陈述仲裁请求及事实理由，被申请人答辩；双方举证质证并作最后陈述。',
      absences: [],
    });
  }

  /** The matter once routing's referral is resolved, the matter closed (办结) and its timeline shows each pattern; printed. */
  async function concluded(matter: intake.Matter, title: string, ...patterns: RegExp[]) {
    const referral = await eventually(
      async () => {
        const { referrals } = await routingClient.call<routing.ListReferralsResponse>('listReferrals', {
          matterId: matter.matterId,
          targets: [],
          countyCode: '',
        });
        const arbitrationReferral = referrals
          .map((issued) => issued.referral!)
          .find((r) => r.target === 'REFERRAL_TARGET_ARBITRATION');
        return arbitrationReferral?.status === 'REFERRAL_STATUS_RESOLVED' ? arbitrationReferral : undefined;
      },
      { timeoutMs: 45_000, what: `${matter.matterNumber}'s referral concluded` },
    );
    const found = await eventually(
      async () => {
        const { matter: current } = await intakeClient.call<intake.GetMatterResponse>('getMatter', {
          matterId: matter.matterId,
          matterNumber: '',
        });
        const summaries = current!.timeline.map((entry) => entry.summary);
        const shown = patterns.every((pattern) => summaries.some((summary) => pattern.test(summary)));
        return shown && current!.stage === 'RESOLVED' ? current : undefined;
      },
      { timeoutMs: 45_000, what: `${matter.matterNumber} resolved, its timeline showing ${patterns.join(', ')}` },
    );
    console.log(
      [
        `${title}: ${found!.matterNumber} (stage ${found!.stage}; referral ${referral!.status}: ${referral!.statusReason})`,
        ...found!.timeline.map((entry) => {
          const due = entry.deadlines.map((d) => ` [期限 ${d.dueOn}]`).join('');
          return `  ${entry.occurredAt.slice(0, 19)}  ${entry.summary}${due}`;
        }),
      ].join('\n'),
    );
    return { matter: found!, referral: referral! };
  }

  it('wages above the threshold and severance below: a MIXED award in two signed 裁决书, the referral resolved', async () => {
    const { matter, accepted } = await acceptedAtTheWindow(wagesAndSeverance());
    const heard = await heardCase(accepted.caseId, 'room-1');
    expect(heard.hearings.at(-1)!.status).toBe('HELD');

    const decisions = [
      {
        claimIndex: 0,
        outcome: 'PARTLY_GRANTED',
        amountFen: 3_000_000,
        reasons: '考勤记录与工资欠条相互印证，拖欠工资30000元，超出部分证据不足',
      },
      { claimIndex: 1, outcome: 'GRANTED', amountFen: 1_200_000, reasons: '被申请人违法解除劳动合同，应支付经济补偿' },
    ];
    const awardedOn = todayInChina(platform.now());
    const { award: preview } = await arbitrationClient.call<arbitration.PreviewAwardResponse>(
      'previewAward',
      { caseId: accepted.caseId, awardedOn, scope: 'WHOLE', decisions, partialBasis: '' },
      arbitrator,
    );
    expect(preview!.kind).toBe('MIXED');
    expect(preview!.decisions.map((d) => d.finalAward)).toEqual([false, true]);

    const awarded = await step('issueAward', {
      caseId: accepted.caseId,
      awardedOn,
      scope: 'WHOLE',
      decisions,
      partialBasis: '',
    });
    expect(awarded.status).toBe('CASE_STATUS_AWARDED');
    const [award] = awarded.awards;
    expect(award!.thresholdFen).toBe(2_556_000);
    expect(award!.totalAwardedFen).toBe(4_200_000);
    expect(award!.documents.map((d) => [d.finality, d.claimIndexes])).toEqual([
      ['FINAL', [1]],
      ['NON_FINAL', [0]],
    ]);

    for (const document of award!.documents) {
      const { pdf, fileName } = await arbitrationClient.call<arbitration.GetCaseDocumentResponse>(
        'getCaseDocument',
        {
          caseId: accepted.caseId,
          kind: arbitration.CaseDocumentKind.CASE_DOCUMENT_KIND_AWARD,
          number: document.number,
        },
        clerk,
      );
      expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      writeFileSync(join(SAMPLES, fileName), pdf);
    }

    const { matter: resolved } = await concluded(matter, 'window → award', /受理/, /开庭/, /裁决/);
    expect(resolved.stage).toBe('RESOLVED');
  }, 120_000);

  it('mediation in arbitration: the 调解书 signed by both ends the case, and the referral is resolved', async () => {
    const { matter, accepted } = await acceptedAtTheWindow(wageArrearsApplication());
    // The first journey's hearing holds room 1 that morning.
    await heardCase(accepted.caseId, 'room-2');
    const issuedOn = todayInChina(platform.now());
    const issued = await step('issueMediationStatement', {
      caseId: accepted.caseId,
      issuedOn,
      settledClaims: [{ claimIndex: 0, amountFen: 3_000_000, reasonAboveClaim: '' }],
      otherTerms: '被申请人于调解书生效之日起十日内一次性支付',
    });
    expect(issued.mediationStatement!.status).toBe('AWAITING_SIGNATURES');
    await step('signForMediationStatement', { caseId: accepted.caseId, party: 'RESPONDENT', signedAt: '' }, clerk);
    const mediated = await step(
      'signForMediationStatement',
      { caseId: accepted.caseId, party: 'APPLICANT', signedAt: '' },
      clerk,
    );
    expect(mediated.status).toBe('CASE_STATUS_MEDIATED');
    expect(mediated.mediationStatement!.status).toBe('IN_FORCE');

    const { matter: resolved } = await concluded(matter, 'window → 调解书', /调解书/);
    expect(resolved.stage).toBe('RESOLVED');
  }, 120_000);
});
