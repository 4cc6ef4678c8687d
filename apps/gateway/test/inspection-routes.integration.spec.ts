import { randomUUID } from 'node:crypto';
import type * as rest from '@onewindow/gateway-api';
import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import { common, matterContentFromProto } from '@onewindow/contracts';
import { eventually, GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { DEMO_PASSWORD } from '../src/users/demo-accounts';

// Labor inspection (劳动保障监察) and labor-relations supervision (劳动关系行政监管) through the gateway, on the whole
// platform with both offices: a window complaint reaches the inspector's queue, is accepted, the employer heard, an
// order to correct issued and complied with (CONCLUDED); a penalty without its basis is 400 naming penaltyBasis and
// changes nothing; a labor-relations officer's dispatch check over the 10 % cap is referred to inspection. Each
// office's writes are its own post's (403 for the other); a report's reporter is revealed to the inspector only.
// Where an office is not deployed its routes answer 503: see service-clients/undeployed-office-answers-503.spec.ts.

const { MatterKind, RequestedRemedy } = common;
const COMPLAINANT = '张建国'; // wageArrearsApplication's applicant

const complaint = (kind = MatterKind.MATTER_KIND_COMPLAINT) =>
  matterContentFromProto(
    wageArrearsApplication({ kind, requestedRemedy: RequestedRemedy.REQUESTED_REMEDY_ORDER_AGAINST_EMPLOYER }),
  );

describe('inspection and labor-relations supervision routes at the gateway', () => {
  const platform = new Platform({ gateway: {}, inspection: true, laborRelations: true });
  let gateway: GatewayClient;
  const tokens: Record<string, string> = {};
  const today = todayInChina(new Date());
  let complaintMatter: rest.Matter;
  let reportMatter: rest.Matter;
  let inspectionCase: rest.InspectionCaseView;

  const as = (username: string) => ({ token: tokens[username]! });
  const casePath = () => `/api/inspection-cases/${encodeURIComponent(inspectionCase.caseId)}`;

  const register = async (content: ReturnType<typeof complaint>) => {
    const registered = await gateway.request<rest.Matter>('POST', '/api/matters', {
      ...as('clerk.zengdu'),
      body: { content, requestId: randomUUID() },
    });
    expect(registered.status).toBe(201);
    return registered.body;
  };

  /** A write on the inspection case as the inspector; the case as it now is. */
  const step = async (path: string, body: object) => {
    const answer = await gateway.request<rest.InspectionCaseView>('POST', `${casePath()}/${path}`, {
      ...as('inspector.zengdu'),
      body: { expectedVersion: inspectionCase.version, ...body },
    });
    expect({ path, status: answer.status, body: answer.status === 200 ? '' : answer.body }).toEqual({
      path,
      status: 200,
      body: '',
    });
    inspectionCase = answer.body;
    return answer.body;
  };

  beforeAll(async () => {
    await platform.start();
    gateway = new GatewayClient(platform.gatewayUrl);
    for (const name of ['clerk.zengdu', 'inspector.zengdu', 'labor-relations.zengdu', 'supervisor.zengdu']) {
      tokens[name] = await gateway.signIn(name, DEMO_PASSWORD);
    }
    complaintMatter = await register(complaint());
    reportMatter = await register(complaint(MatterKind.MATTER_KIND_REPORT));
    // Routing refers the complaint to inspection, which takes it as a case of its own (the office contract).
    const summary = await eventually(
      async () => {
        const page = await gateway.request<rest.InspectionCasePage>(
          'GET',
          '/api/inspection-cases',
          as('inspector.zengdu'),
        );
        return page.body.cases?.find((found) => found.matterNumber === complaintMatter.matterNumber);
      },
      { what: "the complaint's inspection case", timeoutMs: 45_000 },
    );
    const opened = await gateway.request<rest.InspectionCaseView>(
      'GET',
      `/api/inspection-cases/${encodeURIComponent(summary.caseId)}`,
      as('inspector.zengdu'),
    );
    expect(opened.status).toBe(200);
    inspectionCase = opened.body;
  }, 180_000);

  afterAll(() => platform.stop(), 60_000);

  it("puts the complaint in the inspector's queue as a case awaiting its acceptance decision", async () => {
    expect(inspectionCase).toMatchObject({
      matterNumber: complaintMatter.matterNumber,
      countyCode: '421303',
      source: 'COMPLAINT',
      status: 'AWAITING_ACCEPTANCE',
      parties: { complainantName: COMPLAINANT, reporterSealed: false },
    });
    expect(inspectionCase.acceptanceDue?.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const { body } = await gateway.request<rest.WorkQueues>('GET', '/api/queues', as('inspector.zengdu'));
    expect(body.queues.map((queue) => queue.id)).toEqual(['INSPECTION_CASES']);
    expect(body.queues[0]!.items.find((item) => item.caseId === inspectionCase.caseId)).toMatchObject({
      matterNumber: complaintMatter.matterNumber,
      inspectionStatus: 'AWAITING_ACCEPTANCE',
      dueOn: inspectionCase.acceptanceDue!.dueOn,
    });
    const byMatter = await gateway.request<rest.InspectionCaseView>(
      'GET',
      `/api/matters/${encodeURIComponent(complaintMatter.matterId)}/inspection-case`,
      as('supervisor.zengdu'),
    );
    expect(byMatter.body.caseId).toBe(inspectionCase.caseId);
  });

  it('accepts, hears the employer and orders correction; a penalty without its basis is 400 and changes nothing', async () => {
    await step('acceptance', {
      decision: 'ACCEPTED',
      violations: [
        {
          category: 'WAGES',
          description: '拖欠四个月工资',
          beganOn: addCalendarDays(today, -120),
          continuing: true,
          amountOwedFen: 3_600_000,
        },
      ],
      reason: '违法行为发生在二年内，有明确的用人单位，属本局管辖',
    } satisfies Omit<rest.DecideInspectionAcceptanceRequest, 'expectedVersion'>);
    expect(inspectionCase).toMatchObject({ status: 'UNDER_INVESTIGATION' });
    expect(inspectionCase.caseNumber).toMatch(/^421303-/);
    expect(inspectionCase.investigationDue?.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await step('employer-hearing', { heardOn: today, statement: '承认拖欠，因工程款未到位', waived: false });
    expect(inspectionCase.employerHeard).toMatchObject({ heardOn: today, waived: false });

    // Bad dates and negative fen never reach inspection: 400 naming the body's fields.
    const malformed = await gateway.request<rest.ApiError>('POST', `${casePath()}/correction-order`, {
      ...as('inspector.zengdu'),
      body: {
        expectedVersion: inspectionCase.version,
        corrections: ['支付拖欠工资'],
        correctBy: '下周五',
        wagesOrderedFen: -1,
      },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.violations?.map((v) => v.field).sort()).toEqual(['correctBy', 'wagesOrderedFen']);

    await step('correction-order', {
      corrections: ['支付拖欠工资人民币36000元'],
      correctBy: addCalendarDays(today, 10),
      wagesOrderedFen: 3_600_000,
    } satisfies Omit<rest.IssueCorrectionOrderRequest, 'expectedVersion'>);
    expect(inspectionCase).toMatchObject({
      status: 'CORRECTION_ORDERED',
      correctionOrder: { correctBy: addCalendarDays(today, 10), wagesOrderedFen: 3_600_000 },
    });

    const penalty = await gateway.request<rest.ApiError>('POST', `${casePath()}/penalty-decision`, {
      ...as('inspector.zengdu'),
      body: {
        expectedVersion: inspectionCase.version,
        violationBasis: '《劳动保障监察条例》第二十六条',
        penaltyBasis: '',
        fineFen: 500_000,
        facts: '逾期未支付',
      },
    });
    expect(penalty.status).toBe(400);
    expect(penalty.body.violations?.map((v) => v.field)).toEqual(['penaltyBasis']);
    const unchanged = await gateway.request<rest.InspectionCaseView>('GET', casePath(), as('inspector.zengdu'));
    expect(unchanged.body).toMatchObject({ version: inspectionCase.version, status: 'CORRECTION_ORDERED' });
    expect(unchanged.body.penalty).toBeUndefined();
  });

  it('concludes the case on a complied follow-up check, with its documents as PDF', async () => {
    await step('compliance-check', { complied: true, note: '复查：已足额支付，工资支付凭证在卷' });
    expect(inspectionCase).toMatchObject({
      status: 'CONCLUDED',
      conclusion: 'CORRECTED',
      correctionOrder: { checkResult: 'COMPLIED' },
    });
    // The same version again: the case changed since (409).
    const stale = await gateway.request<rest.ApiError>('POST', `${casePath()}/evidence`, {
      ...as('inspector.zengdu'),
      body: {
        expectedVersion: inspectionCase.version - 1,
        kind: '工资表',
        source: '用人单位',
        summary: '工资发放记录',
      },
    });
    expect(stale.status).toBe(409);

    const { body: list } = await gateway.request<rest.InspectionDocumentList>(
      'GET',
      `${casePath()}/documents`,
      as('supervisor.zengdu'),
    );
    expect(list.documents.map((document) => document.kind)).toEqual(
      expect.arrayContaining(['ACCEPTANCE_NOTICE', 'CORRECTION_ORDER']),
    );
    const order = list.documents.find((document) => document.kind === 'CORRECTION_ORDER')!;
    const pdf = await fetch(`${platform.gatewayUrl}${casePath()}/documents/${encodeURIComponent(order.number)}`, {
      headers: { authorization: `Bearer ${tokens['inspector.zengdu']}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('refers a labor-relations dispatch check over the 10 % cap to inspection', async () => {
    const officer = as('labor-relations.zengdu');
    const opened = await gateway.request<rest.SupervisionMatterView>('POST', '/api/supervision-matters/checks', {
      ...officer,
      body: {
        countyCode: '421303',
        requestId: randomUUID(),
        kind: 'LABOR_DISPATCH',
        employer: { name: '随州市某机械制造有限公司', unifiedSocialCreditCode: '91421303MA4F1234XM' },
      } satisfies rest.OpenOwnSupervisoryCheckRequest,
    });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ kind: 'LABOR_DISPATCH', status: 'UNDER_REVIEW', countyCode: '421303' });
    const matterPath = `/api/supervision-matters/${encodeURIComponent(opened.body.supervisionId)}`;
    // 20 dispatched of 100 (80 + 20) in all: 20 % against the 10 % cap (劳务派遣暂行规定 Art. 4).
    const found = await gateway.request<rest.SupervisionMatterView>('POST', `${matterPath}/findings`, {
      ...officer,
      body: {
        expectedVersion: opened.body.version,
        findings: { dispatchedWorkers: 20, contractWorkers: 80, measuredOn: today },
      } satisfies rest.RecordCheckFindingsRequest,
    });
    expect(found.status).toBe(200);
    expect(found.body.findings?.breaches.length).toBeGreaterThan(0);
    const concluded = await gateway.request<rest.SupervisionMatterView>('POST', `${matterPath}/conclusion`, {
      ...officer,
      body: {
        expectedVersion: found.body.version,
        conclusion: 'REFERRED_TO_INSPECTION',
        reason: '劳务派遣用工比例超过10%，移送劳动保障监察',
      } satisfies rest.ConcludeSupervisionRequest,
    });
    expect(concluded.status).toBe(200);
    expect(concluded.body).toMatchObject({ status: 'CONCLUDED', conclusion: 'REFERRED_TO_INSPECTION' });
    const listed = await gateway.request<rest.SupervisionMatterPage>(
      'GET',
      '/api/supervision-matters?status=CONCLUDED&kind=LABOR_DISPATCH',
      as('supervisor.zengdu'),
    );
    expect(listed.body.matters.map((matter) => matter.supervisionId)).toContain(opened.body.supervisionId);
    // Inspection opens a case of its own (主动监察) on the referral.
    await eventually(
      async () => {
        const page = await gateway.request<rest.InspectionCasePage>(
          'GET',
          '/api/inspection-cases?status=AWAITING_ACCEPTANCE',
          as('inspector.zengdu'),
        );
        return page.body.cases.find(
          (found) => found.source === 'OWN_INITIATIVE' && found.employerName === '随州市某机械制造有限公司',
        );
      },
      { what: 'the inspection case opened on the referral', timeoutMs: 30_000 },
    );
  });

  it("refuses each office's writes to the other's post (403), and both to the window clerk", async () => {
    const check = { countyCode: '421303', requestId: randomUUID(), kind: 'MINIMUM_WAGE', employer: { name: '某公司' } };
    for (const [username, method, path, body] of [
      ['inspector.zengdu', 'POST', '/api/supervision-matters/checks', check],
      ['inspector.zengdu', 'GET', '/api/supervision-matters', undefined],
      [
        'labor-relations.zengdu',
        'POST',
        `${casePath()}/evidence`,
        { expectedVersion: 1, kind: 'a', source: 'b', summary: 'c' },
      ],
      ['labor-relations.zengdu', 'GET', '/api/inspection-cases', undefined],
      ['clerk.zengdu', 'GET', casePath(), undefined],
      ['supervisor.zengdu', 'POST', '/api/supervision-matters/checks', check],
    ] as const) {
      const answer = await gateway.request<rest.ApiError>(method, path, { ...as(username), body });
      expect({ username, path, status: answer.status }).toEqual({ username, path, status: 403 });
    }
  });

  it("reveals a report's reporter to the inspector only (劳动保障监察条例 Art. 9)", async () => {
    const path = `/api/matters/${reportMatter.matterNumber}/personal-data`;
    const revealed = await gateway.request<rest.PersonalData>('POST', path, as('inspector.zengdu'));
    expect(revealed.status).toBe(200);
    expect(revealed.body.reporter?.name).toBe(COMPLAINANT);
    const clerk = await gateway.request<rest.ApiError>('POST', path, as('clerk.zengdu'));
    expect(clerk.status).toBe(403);
    // And the report's inspection case names nobody.
    const reportCase = await eventually(
      async () => {
        const found = await gateway.request<rest.InspectionCaseView>(
          'GET',
          `/api/matters/${encodeURIComponent(reportMatter.matterId)}/inspection-case`,
          as('inspector.zengdu'),
        );
        return found.status === 200 ? found.body : undefined;
      },
      { what: "the report's inspection case", timeoutMs: 30_000 },
    );
    expect(reportCase).toMatchObject({ source: 'REPORT', parties: { complainantName: '', reporterSealed: true } });
    expect(JSON.stringify(reportCase)).not.toContain(COMPLAINANT);
  });
});
