import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { status, type ServiceError } from '@grpc/grpc-js';
import type { Caller } from '@onewindow/access';
import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import {
  CloudEventHeaders,
  common,
  deadline,
  EventTypes,
  inspection,
  laborRelations,
  office,
  routing,
  Topics,
} from '@onewindow/contracts';
import { DeadlineWatch } from '@onewindow/deadlines';
import { newCloudEvent } from '@onewindow/messaging';
import { asCaller, fieldViolationsOf } from '@onewindow/service-runtime';
import { eventually, InProcessService, type TopicRecorder, wageArrearsApplication } from '@onewindow/testing';
import { InspectionModule } from '../src/inspection.module';

// The inspection service in this process on the real broker and store: referrals taken from routing's
// topic, the steps of a case to its end, each answer to routing on the case topic, a report whose reporter
// is in nothing the office keeps or says, an Art. 21 dispute sent back, bad input that changes nothing, and
// the acceptance deadline breached once the scan looks past its fifth working day.

const { ClaimCategory, MatterKind, RequestedRemedy } = common;
const { AcceptanceDecision, InspectionStatus } = inspection;
const INSPECT_PDF = join(__dirname, '../../../libs/documents/src/testing/inspect-pdf.mjs');
const ZENGDU = '421303';
const REPORTER = '赵秀兰';
const as = (caller: Partial<Caller>) =>
  asCaller({ userId: 'inspector.zengdu', roles: ['INSPECTOR'], counties: [ZENGDU], ...caller });
const inspector = as({});

describe('inspection cases on the real broker and store', () => {
  const service = new InProcessService('inspection', InspectionModule);
  let cases: TopicRecorder;
  let deadlines: TopicRecorder;
  const scratch = mkdtempSync(join(tmpdir(), 'inspection-it-'));
  const today = todayInChina(new Date());

  beforeAll(async () => {
    await service.start();
    cases = await service.record(Topics.inspectionCases);
    deadlines = await service.record(Topics.inspectionDeadlines);
  });
  afterAll(async () => {
    await service.dispose();
    rmSync(scratch, { recursive: true, force: true });
  });

  const call = (method: string, request: object, metadata = inspector) =>
    service.client!.call<{ case: inspection.InspectionCase }>(method, request, metadata).then((r) => r.case);
  const refusal = (method: string, request: object, metadata = inspector) =>
    service.client!.call(method, request, metadata).then(
      () => undefined,
      (error: ServiceError) => ({
        code: error.code,
        fields: fieldViolationsOf(error.metadata).map((v) => v.field),
        details: error.details,
      }),
    );

  /** Routing issues an INSPECTION referral of this matter; the case once the service has taken it. */
  async function refer(content: common.MatterContent): Promise<inspection.InspectionCase> {
    const matterId = randomUUID();
    await service.publish(
      Topics.routingReferrals,
      newCloudEvent({
        type: EventTypes.referralIssued,
        source: '/onewindow/routing',
        subject: matterId,
        payload: routing.ReferralIssued.encode({
          matterId,
          matterNumber: `421303-2026-${matterId.slice(0, 6)}`,
          countyCode: content.countyCode,
          referral: {
            referralId: `${matterId}/1`,
            target: routing.ReferralTarget.REFERRAL_TARGET_INSPECTION,
            priority: routing.ReferralPriority.REFERRAL_PRIORITY_NORMAL,
            reason: '拖欠工资，申请责令支付',
            legalBasis: '《劳动保障监察条例》第九条',
            ruleId: 'wage-arrears-inspection',
            acknowledgeBy: undefined,
            status: routing.ReferralStatus.REFERRAL_STATUS_ISSUED,
            round: 1,
            statusReason: '',
            escalated: false,
          },
          ruleSetVersion: 1,
          firedRuleIds: ['wage-arrears-inspection'],
          issuedAt: new Date().toISOString(),
          content,
        }).finish(),
      }),
    );
    return eventually(() =>
      service
        .client!.call<inspection.GetInspectionCaseByMatterResponse>(
          'getInspectionCaseByMatter',
          { matterId },
          inspector,
        )
        .then((r) => r.case!),
    );
  }

  const ofType = (subject: string, type: string) =>
    cases.messages.filter((m) => m.key?.toString() === subject && cases.header(m, CloudEventHeaders.type) === type);
  const answered = (matterId: string, type: string) => eventually(async () => ofType(matterId, type)[0]);

  const wageViolation = (beganOn = addCalendarDays(today, -90)) => ({
    category: ClaimCategory.CLAIM_CATEGORY_WAGES,
    description: '拖欠三个月工资',
    beganOn,
    endedOn: '',
    continuing: true,
    amountOwedFen: 3_600_000,
  });

  async function accepted(opened: inspection.InspectionCase) {
    return call('decideAcceptance', {
      caseId: opened.caseId,
      expectedVersion: opened.version,
      decision: AcceptanceDecision.ACCEPTANCE_DECISION_ACCEPTED,
      violations: [wageViolation()],
      reason: '有明确的用人单位，违法行为在二年内',
    });
  }

  async function pdfTexts(found: inspection.InspectionCase): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    for (const document of found.documents) {
      const { pdf } = await service.client!.call<inspection.GetInspectionDocumentResponse>(
        'getInspectionDocument',
        { caseId: found.caseId, number: document.number },
        inspector,
      );
      const file = join(scratch, `${document.number}.pdf`);
      writeFileSync(file, pdf);
      files.set(file, document.title);
    }
    const read = JSON.parse(execFileSync(process.execPath, [INSPECT_PDF, ...files.keys()]).toString()) as {
      file: string;
      pages: string[];
    }[];
    return new Map(read.map((one) => [files.get(one.file)!, one.pages.join('').replace(/\s+/gu, '')]));
  }

  it('a complaint: taken (TAKEN), accepted and filed, inquiry, heard, ordered, complied → CONCLUDED RESOLVED', async () => {
    const opened = await refer(wageArrearsApplication({ kind: MatterKind.MATTER_KIND_COMPLAINT }));
    expect(opened).toMatchObject({
      status: InspectionStatus.INSPECTION_STATUS_AWAITING_ACCEPTANCE,
      source: inspection.InspectionSource.INSPECTION_SOURCE_COMPLAINT,
      receivedOn: today,
    });
    expect(opened.caseNumber).toMatch(/^421303-监登-\d{4}-\d{6}$/);
    expect(opened.parties!.complainantName).toBe('张建国');
    const taken = office.ReferralTaken.decode((await answered(opened.matterId, EventTypes.officeReferralTaken)).value!);
    expect(taken).toMatchObject({ referralId: opened.referralId, officeCaseNumber: opened.caseNumber });
    const registered = inspection.InspectionCaseEvent.decode(
      (await answered(opened.matterId, EventTypes.inspectionCaseEvent)).value!,
    );
    expect(registered.kind).toBe('投诉已登记');
    expect(registered.deadlines[0]!.dueOn).toBe(opened.acceptanceDue!.dueOn);

    const filed = await accepted(opened);
    expect(filed.status).toBe(InspectionStatus.INSPECTION_STATUS_UNDER_INVESTIGATION);
    expect(filed.caseNumber).toMatch(/^421303-监立-\d{4}-\d{6}$/);
    expect(filed.filedOn).toBe(today);
    expect(filed.documents.map((d) => [d.title, d.addressedTo])).toEqual([['受理通知书', '张建国']]);
    const inquired = await call('issueInquiryNotice', {
      caseId: filed.caseId,
      expectedVersion: filed.version,
      appearAt: `${addCalendarDays(today, 3)}T09:30:00+08:00`,
      place: '曾都区劳动保障监察大队询问室',
      materials: ['工资支付记录', '考勤记录'],
    });
    const heard = await call('recordEmployerHeard', {
      caseId: inquired.caseId,
      expectedVersion: inquired.version,
      heardOn: today,
      statement: '承认拖欠，因工程款未到位',
      waived: false,
    });
    const ordered = await call('issueCorrectionOrder', {
      caseId: heard.caseId,
      expectedVersion: heard.version,
      corrections: ['支付拖欠工资人民币36,000.00元'],
      correctBy: addCalendarDays(today, 10),
      wagesOrderedFen: 3_600_000,
    });
    expect(ordered.status).toBe(InspectionStatus.INSPECTION_STATUS_CORRECTION_ORDERED);
    expect(ordered.correctionOrder!.number).toMatch(/^421303-监责改-\d{4}-\d{6}$/);
    const corrected = await call('recordComplianceCheck', {
      caseId: ordered.caseId,
      expectedVersion: ordered.version,
      complied: true,
      note: '已足额支付',
    });
    expect(corrected).toMatchObject({
      status: InspectionStatus.INSPECTION_STATUS_CONCLUDED,
      conclusion: inspection.Conclusion.CONCLUSION_CORRECTED,
    });
    const concluded = office.ReferralConcluded.decode(
      (await answered(opened.matterId, EventTypes.officeReferralConcluded)).value!,
    );
    expect(concluded.outcome).toBe(routing.ReferralOutcome.REFERRAL_OUTCOME_RESOLVED);
    // The investigation deadline was met by the order, the follow-up check by the check.
    const moves = await eventually(async () => {
      const seen = deadlines.messages
        .filter((m) => m.key?.toString() === opened.matterId)
        .map(
          (m) =>
            `${deadlines.header(m, CloudEventHeaders.type)!.split('.').at(-1)} ${deadline.DeadlineRegistered.decode(m.value!).deadline!.kind}`,
        );
      return seen.includes('DeadlineMet INSPECTION_COMPLIANCE_CHECK') ? seen : undefined;
    });
    expect(moves).toEqual(
      expect.arrayContaining([
        'DeadlineMet INSPECTION_ACCEPTANCE',
        'DeadlineMet INSPECTION_INVESTIGATION',
        'DeadlineRegistered INSPECTION_COMPLIANCE_CHECK',
      ]),
    );
    const { pdf } = await service.client!.call<inspection.GetInspectionDocumentResponse>(
      'getInspectionDocument',
      { caseId: corrected.caseId, number: ordered.correctionOrder!.number },
      inspector,
    );
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a report: the reporter is in neither the case, the topic’s messages nor any PDF', async () => {
    const opened = await refer(
      wageArrearsApplication({
        kind: MatterKind.MATTER_KIND_REPORT,
        applicant: { ...wageArrearsApplication().applicant!, name: REPORTER },
        factsAndReasons: `举报人${REPORTER}反映该公司拖欠多名工人工资，联系电话13872345678。`,
      }),
    );
    expect(opened.source).toBe(inspection.InspectionSource.INSPECTION_SOURCE_REPORT);
    expect(opened.parties).toMatchObject({ complainantName: '', reporterSealed: true });
    const filed = await accepted(opened);
    expect(filed.documents).toEqual([]); // no 受理通知书: nobody to address by name
    const inquired = await call('issueInquiryNotice', {
      caseId: filed.caseId,
      expectedVersion: filed.version,
      appearAt: `${addCalendarDays(today, 2)}T14:00:00+08:00`,
      place: '曾都区劳动保障监察大队询问室',
      materials: ['工资表'],
    });
    const ended = await call('endInvestigation', {
      caseId: inquired.caseId,
      expectedVersion: inquired.version,
      reason: '经查，举报内容不实',
    });
    expect(ended.conclusion).toBe(inspection.Conclusion.CONCLUSION_INVESTIGATION_ENDED);
    await answered(opened.matterId, EventTypes.officeReferralConcluded);
    expect(JSON.stringify(ended)).not.toContain(REPORTER);
    expect(JSON.stringify(ended)).not.toContain('13872345678');
    const messages = [...cases.messages, ...deadlines.messages].filter((m) => m.key?.toString() === opened.matterId);
    expect(messages.length).toBeGreaterThanOrEqual(5);
    for (const message of messages) expect(message.value!.includes(Buffer.from(REPORTER))).toBe(false);
    const texts = await pdfTexts(ended);
    expect([...texts.keys()]).toEqual(['询问通知书', '终结调查通知书']);
    for (const [title, text] of texts)
      expect({ title, named: text.includes(REPORTER) }).toEqual({ title, named: false });
    expect(texts.get('终结调查通知书')).toContain('举报人');
  });

  it('an Art. 21 dispute goes back to routing: CONCLUDED TRANSFERRED to ARBITRATION, the worker told in a 告知书', async () => {
    const opened = await refer(
      wageArrearsApplication({ requestedRemedy: RequestedRemedy.REQUESTED_REMEDY_ORDER_AGAINST_EMPLOYER }),
    );
    expect(opened.source).toBe(inspection.InspectionSource.INSPECTION_SOURCE_COMPLAINT);
    const sent = await call('decideAcceptance', {
      caseId: opened.caseId,
      expectedVersion: opened.version,
      decision: AcceptanceDecision.ACCEPTANCE_DECISION_DISPUTE_PROCEDURE,
      redirectedTo: 'ARBITRATION',
      reason: '双方对经济补偿数额存在争议，属劳动争议',
    });
    expect(sent.conclusion).toBe(inspection.Conclusion.CONCLUSION_DISPUTE_PROCEDURE);
    const concluded = office.ReferralConcluded.decode(
      (await answered(opened.matterId, EventTypes.officeReferralConcluded)).value!,
    );
    expect(concluded).toMatchObject({
      outcome: routing.ReferralOutcome.REFERRAL_OUTCOME_TRANSFERRED,
      transferTo: routing.ReferralTarget.REFERRAL_TARGET_ARBITRATION,
    });
    expect(sent.documents.map((d) => [d.title, d.addressedTo])).toEqual([['告知书', '张建国']]);
  });

  it('bad input changes nothing: an order before the hearing, a penalty without its basis, an old act, a stale version, another county', async () => {
    const opened = await refer(wageArrearsApplication({ kind: MatterKind.MATTER_KIND_COMPLAINT }));
    const old = await refusal('decideAcceptance', {
      caseId: opened.caseId,
      expectedVersion: opened.version,
      decision: AcceptanceDecision.ACCEPTANCE_DECISION_ACCEPTED,
      violations: [{ ...wageViolation('2021-01-05'), continuing: true, endedOn: '2022-06-30' }],
    });
    expect(old).toMatchObject({ code: status.FAILED_PRECONDITION });
    expect(old!.details).toContain('violations[0].ended_on');
    const filed = await accepted(opened);
    const early = await refusal('issueCorrectionOrder', {
      caseId: filed.caseId,
      expectedVersion: filed.version,
      corrections: ['支付拖欠工资'],
      correctBy: addCalendarDays(today, 10),
      wagesOrderedFen: 3_600_000,
    });
    expect(early).toMatchObject({ code: status.FAILED_PRECONDITION });
    expect(early!.details).toContain('employer_heard');
    const heard = await call('recordEmployerHeard', {
      caseId: filed.caseId,
      expectedVersion: filed.version,
      heardOn: today,
      waived: true,
    });
    const baseless = await refusal('issuePenaltyDecision', {
      caseId: heard.caseId,
      expectedVersion: heard.version,
      violationBasis: '',
      penaltyBasis: '《劳动保障监察条例》第二十六条',
      fineFen: 200_000,
    });
    expect(baseless).toMatchObject({ code: status.INVALID_ARGUMENT, fields: ['violation_basis'] });
    const stale = await refusal('recordEvidence', {
      caseId: heard.caseId,
      expectedVersion: filed.version,
      kind: '工资表',
      source: '用人单位提供',
      summary: '显示欠发三个月',
    });
    expect(stale?.code).toBe(status.ABORTED);
    const elsewhere = await refusal(
      'recordEvidence',
      { caseId: heard.caseId, expectedVersion: heard.version, kind: '工资表', source: '用人单位', summary: '欠发' },
      as({ counties: ['421381'] }),
    );
    expect(elsewhere).toMatchObject({ code: status.PERMISSION_DENIED });
    expect(elsewhere!.details).toContain('421303');
    const mediator = await refusal('getInspectionCase', { caseId: heard.caseId }, as({ roles: ['MEDIATOR'] }));
    expect(mediator?.code).toBe(status.PERMISSION_DENIED);
    const supervisor = await call('getInspectionCase', { caseId: heard.caseId }, as({ roles: ['SUPERVISOR'] }));
    expect(supervisor.version).toBe(heard.version);
    expect(supervisor.documents.map((d) => d.title)).toEqual(['受理通知书']);
  });

  it('an own-initiative case opens once per request id, and once per labor-relations supervision referred', async () => {
    const request = {
      countyCode: ZENGDU,
      requestId: `patrol-${randomUUID()}`,
      employer: {
        name: '随州市某机械厂',
        address: '曾都区经济开发区1号',
        unifiedSocialCreditCode: '',
        legalRepresentative: '',
      },
      violations: [{ ...wageViolation(), beganOn: '' }],
      facts: '日常巡视检查发现未足额支付加班费',
      workerCount: 12,
      origin: '日常巡视检查',
    };
    const first = await call('openInspectionCase', request);
    const again = await call('openInspectionCase', request);
    expect(again.caseId).toBe(first.caseId);
    expect(first.source).toBe(inspection.InspectionSource.INSPECTION_SOURCE_OWN_INITIATIVE);
    const supervisionId = randomUUID();
    const requested = () =>
      newCloudEvent({
        type: EventTypes.inspectionRequested,
        source: '/onewindow/labor-relations',
        subject: supervisionId,
        payload: laborRelations.InspectionRequested.encode({
          supervisionId,
          countyCode: ZENGDU,
          supervisionNumber: '421303-劳监-2026-000003',
          employer: request.employer,
          breaches: ['未与劳动者订立书面劳动合同'],
          category: ClaimCategory.CLAIM_CATEGORY_NO_WRITTEN_CONTRACT,
          requestedOn: today,
        }).finish(),
      });
    await service.publish(Topics.laborRelationsSupervision, requested(), requested());
    const opened = await eventually(() =>
      service
        .client!.call<inspection.GetInspectionCaseResponse>(
          'getInspectionCase',
          { caseId: `supervision:${supervisionId}` },
          inspector,
        )
        .then((r) => r.case!),
    );
    expect(opened.facts).toContain('421303-劳监-2026-000003');
    const listed = await service.client!.call<inspection.ListInspectionCasesResponse>(
      'listInspectionCases',
      { countyCodes: [ZENGDU], status: InspectionStatus.INSPECTION_STATUS_AWAITING_ACCEPTANCE, pageSize: 100 },
      inspector,
    );
    expect(listed.cases.filter((c) => c.caseId === opened.caseId)).toHaveLength(1);
  });

  it('the acceptance decision is breached once the scan looks past its fifth working day', async () => {
    const opened = await refer(wageArrearsApplication({ kind: MatterKind.MATTER_KIND_COMPLAINT }));
    await eventually(async () =>
      deadlines.messages.some((m) => m.key?.toString() === opened.matterId) ? true : undefined,
    );
    const dayAfter = addCalendarDays(opened.acceptanceDue!.dueOn, 1);
    const result = await service.app!.get(DeadlineWatch).scan(new Date(`${dayAfter}T09:00:00+08:00`));
    expect(result.breached).toBeGreaterThanOrEqual(1);
    const breached = await eventually(
      async () =>
        deadlines.messages
          .filter((m) => m.key?.toString() === opened.matterId)
          .filter((m) => deadlines.header(m, CloudEventHeaders.type) === EventTypes.deadlineBreached)
          .map((m) => deadline.DeadlineRegistered.decode(m.value!).deadline!)[0],
    );
    expect(breached).toMatchObject({ kind: 'INSPECTION_ACCEPTANCE', dueOn: opened.acceptanceDue!.dueOn });
  });
});
