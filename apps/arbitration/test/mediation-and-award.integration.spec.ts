// Mediation in arbitration and the award on the real broker and store, with the clock set by the test
// (ReviewCaseDeadlines as_of): a 仲裁调解书 signed for by both parties ends the case (劳动争议调解仲裁法
// Art. 42); one retracted lets the award follow; the award is final or not per claim (Art. 47) and a MIXED
// one is written as two 裁决书 (办案规则 Art. 50); a partial award (先行裁决, Art. 43) keeps the case open;
// advance enforcement (先予执行, Art. 44) for wages. A decided case meets the award deadline and concludes
// routing's referral RESOLVED; a refused award changes nothing.
import { status } from '@grpc/grpc-js';
import type { Role } from '@onewindow/access';
import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import { arbitration, CloudEventHeaders, common, EventTypes, office, routing } from '@onewindow/contracts';
import { asCaller } from '@onewindow/service-runtime';
import { eventually, wageArrearsApplication } from '@onewindow/testing';
import {
  ARBITRATION_CASE_REPOSITORY,
  type ArbitrationCaseRepository,
} from '../src/application/arbitration-case.repository';
import { classifyFinalAward } from '../src/domain';
import { arbitrationOnTheRealStack } from './arbitration-on-the-real-stack';
import { referToArbitration } from './refer-to-arbitration';

const as = (roles: Role[]) => asCaller({ userId: `it-${roles.join('+').toLowerCase()}`, roles, counties: ['421303'] });
const arbitrator = as(['ARBITRATOR']);
const clerk = as(['ARBITRATION_CLERK']);
const supervisor = as(['SUPERVISOR']);
const today = todayInChina(new Date());
const YEAR = today.slice(0, 4);
/** 12 × the monthly minimum wage in force today, the day these applications are filed (Art. 47). */
const THRESHOLD_FEN = classifyFinalAward({
  countyCode: '421303',
  onDate: today,
  claims: [{ category: 'WAGES', amountFen: 1 }],
}).thresholdFen!;
const WAGES_ABOVE_FEN = THRESHOLD_FEN + 100_000;
/** Unpaid wages above the final-award threshold, and severance exactly at it. */
const wagesAndSeverance = () =>
  wageArrearsApplication({
    claims: [
      {
        category: common.ClaimCategory.CLAIM_CATEGORY_WAGES,
        amountFen: WAGES_ABOVE_FEN,
        description: '支付拖欠的工资',
      },
      {
        category: common.ClaimCategory.CLAIM_CATEGORY_SEVERANCE,
        amountFen: THRESHOLD_FEN,
        description: '支付解除劳动合同经济补偿',
      },
    ],
  });
const tribunalOfThree = {
  form: 'THREE_ARBITRATORS',
  arbitrators: [
    { arbitratorId: 'a1', name: '周仲裁', role: 'PRESIDING' },
    { arbitratorId: 'a2', name: '郑仲裁', role: 'MEMBER' },
    { arbitratorId: 'a3', name: '吴仲裁', role: 'MEMBER' },
  ],
  composedOn: today,
  notifiedOn: today,
};
const approval = { approvedBy: 'chair.zengdu', approverPost: 'COMMITTEE_CHAIR', approvedOn: today };
const wholeAward = (caseId: string) => ({
  caseId,
  awardedOn: today,
  scope: 'WHOLE',
  decisions: [
    { claimIndex: 0, outcome: 'GRANTED', amountFen: WAGES_ABOVE_FEN, reasons: '考勤记录与工资欠条证明欠薪属实' },
    { claimIndex: 1, outcome: 'GRANTED', amountFen: THRESHOLD_FEN, reasons: '被申请人违法解除，应支付经济补偿' },
  ],
});

describe('mediation in arbitration and the award on the real broker and store', () => {
  const stack = arbitrationOnTheRealStack();
  const { service } = stack;

  const call = async (method: string, request: object, caller = arbitrator) =>
    (await service.client!.call<{ case: arbitration.ArbitrationCase }>(method, request, caller)).case!;
  const refusal = (method: string, request: object, caller = arbitrator) => stack.refusal(method, request, caller);
  const versionOf = async (caseId: string) =>
    (await service.app!.get<ArbitrationCaseRepository>(ARBITRATION_CASE_REPOSITORY).findById(caseId))!.version;
  const review = (asOf: string) =>
    service.client!.call('reviewCaseDeadlines', { asOf: `${asOf}T10:00:00+08:00` }, supervisor);
  /** The award deadline as the watch keeps it after a review: MET once the case was decided, never BREACHED. */
  const awardDeadlineOf = (caseId: string) =>
    service.store!.collection('deadlines').findOne({ kind: 'ARBITRATION_AWARD', subjectId: caseId });
  const ofMatter = (matterId: string, type: string) =>
    stack.cases.messages.filter(
      (m) => m.key?.toString() === matterId && stack.cases.header(m, CloudEventHeaders.type) === type,
    );
  const stepKinds = (matterId: string, count: number) =>
    eventually(async () => {
      const kinds = ofMatter(matterId, EventTypes.proceedingsStep).map(
        (m) => arbitration.ProceedingsStep.decode(m.value!).kind,
      );
      return kinds.length >= count ? kinds : undefined;
    });
  const concluded = (matterId: string) =>
    eventually(async () => {
      const found = ofMatter(matterId, EventTypes.officeReferralConcluded).map((m) =>
        office.ReferralConcluded.decode(m.value!),
      );
      return found.length > 0 ? found : undefined;
    });
  const accepted = async (matterNumber: string) => {
    const found = await referToArbitration(service, wagesAndSeverance(), matterNumber, clerk);
    expect(found.status).toBe('CASE_STATUS_ACCEPTED');
    return found;
  };
  /** A hearing held (庭审笔录 recorded), where the tribunal tried mediation without agreement. */
  const heard = async (caseId: string) => {
    const startsAt = new Date(Date.now() + 1500);
    const scheduled = await call('scheduleHearing', {
      caseId,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      meetingLink: 'https://meeting.example.cn/r/654321',
      noticeServedOn: addCalendarDays(today, -14),
    });
    await new Promise((resolve) => setTimeout(resolve, startsAt.getTime() - Date.now() + 100));
    return call('recordHearing', {
      caseId,
      hearingId: scheduled.hearings.at(-1)!.hearingId,
      recordText: '申请人陈述请求，被申请人答辩，经质证、辩论并征询最后意见，仲裁庭主持调解，双方未达成协议。',
      absences: [],
    });
  };

  it('a retracted 调解书 lets the award follow: a MIXED award is two 裁决书, final per claim, and ends the case', async () => {
    const opened = await accepted('421303-2026-000601');
    const due = opened.awardDue!.dueOn;
    await call('composeTribunal', { caseId: opened.caseId, ...tribunalOfThree });
    const issued = await call('issueMediationStatement', {
      caseId: opened.caseId,
      issuedOn: today,
      settledClaims: [{ claimIndex: 0, amountFen: 2_000_000 }],
      otherTerms: '',
    });
    const retracted = await call(
      'retractMediationStatement',
      { caseId: opened.caseId, party: 'RESPONDENT', reason: '拒绝签收调解书' },
      clerk,
    );
    expect(retracted.mediationStatement).toMatchObject({
      number: issued.mediationStatement!.number,
      status: 'RETRACTED',
      retractedBy: 'RESPONDENT',
    });

    // An amount above the claim is refused, naming the decision's field; nothing is saved, no number taken.
    const before = await versionOf(opened.caseId);
    const above = await refusal('issueAward', {
      ...wholeAward(opened.caseId),
      decisions: [
        { claimIndex: 0, outcome: 'GRANTED', amountFen: WAGES_ABOVE_FEN + 1, reasons: '欠薪属实' },
        { claimIndex: 1, outcome: 'REFUSED', amountFen: 0, reasons: '合法解除' },
      ],
    });
    expect(above).toMatchObject({ code: status.INVALID_ARGUMENT, fields: ['decisions[0].amountFen'] });
    expect(await versionOf(opened.caseId)).toBe(before);

    // Drafting shows each claim's finality and saves nothing; the award made is the same.
    const { award: preview } = await service.client!.call<arbitration.PreviewAwardResponse>(
      'previewAward',
      wholeAward(opened.caseId),
      arbitrator,
    );
    expect(preview!.decisions.map((d) => [d.claimIndex, d.finalAward, d.finalityBasis])).toEqual([
      [0, false, 'NOT_ELIGIBLE'],
      [1, true, 'SMALL_AMOUNT'],
    ]);
    expect(preview!.documents.map((d) => d.number)).toEqual(['', '']);
    expect(await versionOf(opened.caseId)).toBe(before);

    const awarded = await call('issueAward', wholeAward(opened.caseId));
    expect(awarded.status).toBe('CASE_STATUS_AWARDED');
    expect(awarded.awardDue ?? undefined).toBeUndefined();
    const [award] = awarded.awards;
    expect(award).toMatchObject({ scope: 'WHOLE', kind: 'MIXED', thresholdFen: THRESHOLD_FEN, inAbsence: false });
    expect(award!.documents.map((d) => [d.finality, d.claimIndexes, d.totalAwardedFen])).toEqual([
      ['FINAL', [1], THRESHOLD_FEN],
      ['NON_FINAL', [0], WAGES_ABOVE_FEN],
    ]);
    // The first awards of this database: neither the refusal nor the preview took a number.
    expect(award!.documents.map((d) => d.number)).toEqual([`421303-仲裁-${YEAR}-000001`, `421303-仲裁-${YEAR}-000002`]);
    const { documents } = await service.client!.call<arbitration.ListCaseDocumentsResponse>(
      'listCaseDocuments',
      { matterId: opened.matterId },
      clerk,
    );
    expect(
      documents
        .filter((d) => d.kind === arbitration.CaseDocumentKind.CASE_DOCUMENT_KIND_AWARD)
        .map((d) => [d.title, d.number]),
    ).toEqual([
      ['仲裁裁决书（终局裁决）', `421303-仲裁-${YEAR}-000001`],
      ['仲裁裁决书（非终局裁决）', `421303-仲裁-${YEAR}-000002`],
    ]);

    // Each 裁决书 reads from what the award stored: the non-final one prints its own remedy (Art. 50).
    const nonFinal = await service.client!.call<arbitration.GetCaseDocumentResponse>(
      'getCaseDocument',
      {
        caseId: opened.caseId,
        kind: arbitration.CaseDocumentKind.CASE_DOCUMENT_KIND_AWARD,
        number: award!.documents[1]!.number,
      },
      clerk,
    );
    expect(nonFinal.document?.title).toBe('仲裁裁决书（非终局裁决）');
    expect(Buffer.from(nonFinal.pdf).subarray(0, 5).toString()).toBe('%PDF-');

    const [answer] = await concluded(opened.matterId);
    expect(answer!.outcome).toBe(routing.ReferralOutcome.REFERRAL_OUTCOME_RESOLVED);
    expect(answer!.reason).toContain(`421303-仲裁-${YEAR}-000001（终局裁决）`);
    expect(answer!.reason).toContain(`421303-仲裁-${YEAR}-000002（非终局裁决）`);
    expect(answer!.reason).toContain(`${((WAGES_ABOVE_FEN + THRESHOLD_FEN) / 100).toFixed(2)} 元`);
    expect(await stepKinds(opened.matterId, 4)).toEqual([
      'TRIBUNAL_COMPOSED',
      'MEDIATION_STATEMENT_ISSUED',
      'MEDIATION_STATEMENT_RETRACTED',
      'AWARD_MADE',
    ]);

    // Long after its last day the award deadline does not breach: the award met it.
    await review(addCalendarDays(due, 1));
    expect(await awardDeadlineOf(opened.caseId)).toMatchObject({ state: 'MET' });
    const after = await refusal('issueMediationStatement', {
      caseId: opened.caseId,
      issuedOn: today,
      settledClaims: [{ claimIndex: 0, amountFen: 1 }],
    });
    expect(after?.code).toBe(status.FAILED_PRECONDITION);
  });

  it('a 调解书 signed for by both parties ends the case MEDIATED and concludes routing’s referral RESOLVED', async () => {
    const opened = await accepted('421303-2026-000602');
    const noTribunal = await refusal('issueMediationStatement', {
      caseId: opened.caseId,
      issuedOn: today,
      settledClaims: [{ claimIndex: 0, amountFen: 2_000_000 }],
    });
    expect(noTribunal?.code).toBe(status.FAILED_PRECONDITION);
    expect(noTribunal?.details).toContain('caseId');
    await call('composeTribunal', { caseId: opened.caseId, ...tribunalOfThree });
    // A first one the applicant went back on; a new agreement may then be made.
    const first = await call('issueMediationStatement', {
      caseId: opened.caseId,
      issuedOn: today,
      settledClaims: [{ claimIndex: 0, amountFen: 1_500_000 }],
    });
    await call('retractMediationStatement', { caseId: opened.caseId, party: 'APPLICANT', reason: '反悔，金额过低' });
    const issued = await call('issueMediationStatement', {
      caseId: opened.caseId,
      issuedOn: today,
      settledClaims: [
        { claimIndex: 0, amountFen: 2_000_000 },
        { claimIndex: 1, amountFen: 500_000 },
      ],
      otherTerms: '被申请人于十日内一次性支付',
    });
    const number = issued.mediationStatement!.number;
    expect(number).toMatch(/^421303-仲调-\d{4}-\d{6}$/);
    expect(number).not.toBe(first.mediationStatement!.number);
    expect(issued.mediationStatement).toMatchObject({
      status: 'AWAITING_SIGNATURES',
      totalFen: 2_500_000,
      arbitratorIds: ['a1', 'a2', 'a3'],
    });
    const second = await refusal('issueMediationStatement', {
      caseId: opened.caseId,
      issuedOn: today,
      settledClaims: [{ claimIndex: 0, amountFen: 1 }],
    });
    expect(second?.code).toBe(status.FAILED_PRECONDITION);
    // No award while the 调解书 can still end the case.
    expect((await refusal('issueAward', wholeAward(opened.caseId)))?.code).toBe(status.FAILED_PRECONDITION);

    const one = await call(
      'signForMediationStatement',
      { caseId: opened.caseId, party: 'APPLICANT', signedAt: '' },
      clerk,
    );
    expect(one.status).toBe('CASE_STATUS_ACCEPTED');
    expect(one.mediationStatement!.signatures.map((s) => s.party)).toEqual(['APPLICANT']);
    const both = await call('signForMediationStatement', { caseId: opened.caseId, party: 'RESPONDENT' }, clerk);
    expect(both.status).toBe('CASE_STATUS_MEDIATED');
    expect(both.mediationStatement).toMatchObject({ status: 'IN_FORCE', effectiveOn: today });
    expect(both.awardDue ?? undefined).toBeUndefined();

    const [answer] = await concluded(opened.matterId);
    expect(answer!.outcome).toBe(routing.ReferralOutcome.REFERRAL_OUTCOME_RESOLVED);
    expect(answer!.reason).toContain(number);
    expect(answer!.reason).toContain('25000.00 元');
    // The retracted one still reads as it was issued, under its own number.
    const retracted = await service.client!.call<arbitration.GetCaseDocumentResponse>(
      'getCaseDocument',
      {
        caseId: opened.caseId,
        kind: arbitration.CaseDocumentKind.CASE_DOCUMENT_KIND_MEDIATION_STATEMENT,
        number: first.mediationStatement!.number,
      },
      clerk,
    );
    expect(retracted.document?.number).toBe(first.mediationStatement!.number);
    expect(await stepKinds(opened.matterId, 6)).toEqual([
      'TRIBUNAL_COMPOSED',
      'MEDIATION_STATEMENT_ISSUED',
      'MEDIATION_STATEMENT_RETRACTED',
      'MEDIATION_STATEMENT_ISSUED',
      'MEDIATION_STATEMENT_SIGNED',
      'MEDIATION_STATEMENT_IN_FORCE',
    ]);
    await review(addCalendarDays(opened.awardDue!.dueOn, 1));
    expect(await awardDeadlineOf(opened.caseId)).toMatchObject({ state: 'MET' });
  });

  it('refuses an award on a suspended case (中止) and changes nothing', async () => {
    const opened = await accepted('421303-2026-000603');
    await call('suspendProceedings', {
      caseId: opened.caseId,
      ground: 'AWAITING_DETERMINATION',
      details: '等待劳动能力鉴定结论',
      suspendedOn: today,
      ...approval,
    });
    const before = await versionOf(opened.caseId);
    expect((await refusal('issueAward', wholeAward(opened.caseId), clerk))?.code).toBe(status.PERMISSION_DENIED);
    const suspended = await refusal('issueAward', wholeAward(opened.caseId));
    expect(suspended?.code).toBe(status.FAILED_PRECONDITION);
    expect(suspended?.details).toContain('suspended');
    expect((await refusal('previewAward', wholeAward(opened.caseId)))?.code).toBe(status.FAILED_PRECONDITION);
    expect(await versionOf(opened.caseId)).toBe(before);
    expect((await call('getCase', { caseId: opened.caseId })).awards).toEqual([]);
  });

  it('grants advance enforcement for wages, awards the clear part first and then only the claims still open', async () => {
    const opened = await accepted('421303-2026-000604');
    await call('composeTribunal', { caseId: opened.caseId, ...tribunalOfThree });
    const enforced = await call('decideAdvanceEnforcement', {
      caseId: opened.caseId,
      appliedOn: today,
      decidedOn: today,
      items: [{ claimIndex: 0, amountFen: 1_000_000 }],
      rightsAndObligationsClear: true,
      livelihoodSeriouslyAffected: true,
    });
    expect(enforced.advanceEnforcement).toEqual([
      expect.objectContaining({
        number: expect.stringMatching(/^421303-仲先-\d{4}-000001$/),
        appliedOn: today,
        outcome: 'GRANTED',
        totalFen: 1_000_000,
        transferToCourt: true,
      }),
    ]);
    // Before any hearing, mediation was not tried: no award yet (Art. 42).
    expect((await refusal('previewAward', wholeAward(opened.caseId)))?.details).toContain('mediate first');
    await heard(opened.caseId);

    const partial = await call('issueAward', {
      caseId: opened.caseId,
      awardedOn: today,
      scope: 'PARTIAL',
      decisions: [wholeAward(opened.caseId).decisions[0]],
      partialBasis: '拖欠工资的事实已经清楚，先行裁决',
    });
    expect(partial.status).toBe('CASE_STATUS_ACCEPTED');
    expect(partial.awardDue).toBeDefined();
    expect(partial.awards.map((a) => [a.scope, a.openClaimIndexes])).toEqual([['PARTIAL', [1]]]);

    // What the partial award decided is neither settled nor decided again.
    const settled = await refusal('issueMediationStatement', {
      caseId: opened.caseId,
      issuedOn: today,
      settledClaims: [{ claimIndex: 0, amountFen: 1_000_000 }],
    });
    expect(settled?.details).toContain('settledClaims[0].claimIndex');
    const twice = await refusal('issueAward', wholeAward(opened.caseId));
    expect(twice?.code).toBe(status.FAILED_PRECONDITION);
    expect(twice?.details).toContain('decisions[0].claimIndex');
    const whole = await call('issueAward', {
      ...wholeAward(opened.caseId),
      decisions: [wholeAward(opened.caseId).decisions[1]],
    });
    expect(whole.status).toBe('CASE_STATUS_AWARDED');
    expect(whole.awards.map((a) => [a.scope, a.decisions.map((d) => d.claimIndex), a.kind])).toEqual([
      ['PARTIAL', [0], 'NON_FINAL'],
      ['WHOLE', [1], 'FINAL'],
    ]);
    const [answer] = await concluded(opened.matterId);
    expect(answer!.outcome).toBe(routing.ReferralOutcome.REFERRAL_OUTCOME_RESOLVED);
    expect(await stepKinds(opened.matterId, 6)).toEqual([
      'TRIBUNAL_COMPOSED',
      'ADVANCE_ENFORCEMENT_DECIDED',
      'HEARING_SCHEDULED',
      'HEARING_HELD',
      'PARTIAL_AWARD_MADE',
      'AWARD_MADE',
    ]);
  });
});
