import { randomUUID } from 'node:crypto';
import type { StaffRole } from '@onewindow/access';
import { ROLES } from '@onewindow/access';
import { todayInChina } from '@onewindow/calendar';
import {
  arbitration,
  common,
  matterContentFromProto,
  routing,
  type inspection,
  type intake,
  type laborRelations,
} from '@onewindow/contracts';
import { eventually, GatewayClient, Platform, severanceApplication, wageArrearsApplication } from '@onewindow/testing';
import { DEMO_ACCOUNTS } from '../src/users/demo-accounts';

// Every post × every staff endpoint × a resource of the user's own county and of another county:
// allowed (anything but 401/403, and no server error) or refused (403). The gateway decides by post;
// the services decide again by county, so the other-county column is refused even for the right post.

const OWN = '421303'; // 曾都区: every single-post demo account works here
const OTHER = '421321'; // 随县

interface CountyFixtures {
  matterNumber: string;
  mediationReferralId: string;
  caseId: string;
  consultationReferralId: string;
  /** A complaint's inspection case, and a layoff's supervision matter (both taken from routing's referrals). */
  inspectionMatterId: string;
  inspectionCaseId: string;
  supervisionMatterId: string;
  supervisionId: string;
}

interface Endpoint {
  name: string;
  allowed: readonly StaffRole[];
  /** Endpoints that name no county answer alike for both columns (scoped by the caller's own counties). */
  countyFree?: boolean;
  request(county: string, f: CountyFixtures): { method: string; path: string; body?: unknown };
}

const READERS: StaffRole[] = [
  'WINDOW_CLERK',
  'MEDIATOR',
  'INSPECTOR',
  'LABOR_RELATIONS_OFFICER',
  'ARBITRATOR',
  'ARBITRATION_CLERK',
  'LEGAL_AID_OFFICER',
  'PETITION_OFFICER',
  'SUPERVISOR',
];
const PERSONAL_DATA: StaffRole[] = READERS.filter((role) => role !== 'SUPERVISOR');
const TODAY = todayInChina(new Date());
const restContent = (county: string) => matterContentFromProto(wageArrearsApplication({ countyCode: county }));

const CASE_READERS: StaffRole[] = ['ARBITRATION_CLERK', 'ARBITRATOR', 'SUPERVISOR'];
const ARBITRATION_WINDOW: StaffRole[] = ['ARBITRATION_CLERK', 'ARBITRATOR'];
const TRIBUNAL: StaffRole[] = ['ARBITRATOR'];

/** Every proceedings route, with a body the gateway takes (so the answer is about who asks, not what). */
function proceedingsEndpoints(): Endpoint[] {
  const onCase = (name: string, allowed: StaffRole[], step: string, body: unknown): Endpoint => ({
    name,
    allowed,
    request: (_county, f) => ({ method: 'POST', path: `/api/cases/${encodeURIComponent(f.caseId)}/${step}`, body }),
  });
  const hearing = `hearings/${encodeURIComponent('x:1:hearing-1')}`;
  const award = {
    awardedOn: TODAY,
    scope: 'WHOLE',
    decisions: [{ claimIndex: 0, outcome: 'GRANTED', amountFen: 100_000, reasons: '证据充分' }],
  };
  return [
    {
      name: 'open an arbitration case',
      allowed: CASE_READERS,
      request: (_county, f) => ({ method: 'GET', path: `/api/cases/${encodeURIComponent(f.caseId)}` }),
    },
    onCase('record the application copy’s service', ARBITRATION_WINDOW, 'application-copy-service', {
      method: 'IN_PERSON',
      receivedOn: TODAY,
      signedBy: '李某',
    }),
    onCase('record the defence', ARBITRATION_WINDOW, 'defence', { submittedOn: TODAY }),
    onCase('compose the tribunal', TRIBUNAL, 'tribunal', {
      form: 'THREE_ARBITRATORS',
      arbitrators: [
        { arbitratorId: 'a1', name: '周仲裁', role: 'PRESIDING' },
        { arbitratorId: 'a2', name: '郑仲裁', role: 'MEMBER' },
        { arbitratorId: 'a3', name: '吴仲裁', role: 'MEMBER' },
      ],
      composedOn: TODAY,
    }),
    onCase('record a challenge (回避)', ARBITRATION_WINDOW, 'challenges', {
      arbitratorId: 'a2',
      party: 'RESPONDENT',
      ground: 'CLOSE_RELATIVE',
      reason: '近亲属',
      filedOn: TODAY,
      stage: 'BEFORE_HEARING',
    }),
    onCase('decide a challenge', TRIBUNAL, 'challenges/0/decision', {
      decision: 'REFUSED',
      decidedBy: 'COMMISSION_CHAIR',
      decidedOn: TODAY,
      reason: '理由不成立',
    }),
    onCase('schedule a hearing', TRIBUNAL, 'hearings', {
      startsAt: '2099-01-05T09:00:00+08:00',
      endsAt: '2099-01-05T11:00:00+08:00',
      meetingLink: 'https://meeting.example.cn/r/1',
      noticeServedOn: TODAY,
    }),
    onCase('postpone a hearing', TRIBUNAL, `${hearing}/postponement`, {
      party: 'APPLICANT',
      requestedOn: TODAY,
      reason: '住院治疗',
      granted: true,
      decidedOn: TODAY,
      decisionReason: '准予延期',
    }),
    onCase('record a hearing', TRIBUNAL, `${hearing}/record`, { recordText: '双方当事人到庭，仲裁庭进行了调解。' }),
    onCase('issue a 调解书', TRIBUNAL, 'mediation-statement', {
      issuedOn: TODAY,
      settledClaims: [{ claimIndex: 0, amountFen: 100_000 }],
    }),
    onCase('sign for a 调解书', ARBITRATION_WINDOW, 'mediation-statement/signatures', { party: 'APPLICANT' }),
    onCase('retract a 调解书', ARBITRATION_WINDOW, 'mediation-statement/retraction', {
      party: 'RESPONDENT',
      reason: '反悔',
    }),
    onCase('preview the award', TRIBUNAL, 'award/preview', award),
    onCase('make the award', TRIBUNAL, 'award', award),
    onCase('decide advance enforcement', TRIBUNAL, 'advance-enforcement', {
      appliedOn: TODAY,
      decidedOn: TODAY,
      items: [{ claimIndex: 0, amountFen: 100_000 }],
      rightsAndObligationsClear: true,
      livelihoodSeriouslyAffected: true,
    }),
    {
      name: 'list hearing rooms',
      allowed: ARBITRATION_WINDOW,
      request: (county) => ({ method: 'GET', path: `/api/hearing-rooms?county=${county}` }),
    },
    {
      name: 'a hearing room’s week',
      allowed: ARBITRATION_WINDOW,
      request: (county) => ({
        method: 'GET',
        path: `/api/hearing-rooms/room-1/hearings?county=${county}&weekStart=${TODAY}`,
      }),
    },
  ];
}

const INSPECTORS: StaffRole[] = ['INSPECTOR'];
const INSPECTION_READERS: StaffRole[] = ['INSPECTOR', 'SUPERVISOR'];
const LABOR_RELATIONS: StaffRole[] = ['LABOR_RELATIONS_OFFICER'];
const SUPERVISION_READERS: StaffRole[] = ['LABOR_RELATIONS_OFFICER', 'SUPERVISOR'];
const employer = { name: '随州市某建筑劳务有限公司', unifiedSocialCreditCode: '91421303MA4F1234XM' };

/**
 * Every inspection (劳动保障监察) and labor-relations supervision (劳动关系行政监管) route, with a body the gateway
 * takes. The own county's case and matter go through the steps each allows (200) or find them out of order (409);
 * the other county's are refused by the office itself.
 */
function officeEndpoints(): Endpoint[] {
  const onCase = (name: string, step: string, body: object): Endpoint => ({
    name,
    allowed: INSPECTORS,
    request: (_county, f) => ({
      method: 'POST',
      path: `/api/inspection-cases/${encodeURIComponent(f.inspectionCaseId)}/${step}`,
      body: { expectedVersion: 1, ...body },
    }),
  });
  const onMatter = (name: string, step: string, body: object): Endpoint => ({
    name,
    allowed: LABOR_RELATIONS,
    request: (_county, f) => ({
      method: 'POST',
      path: `/api/supervision-matters/${encodeURIComponent(f.supervisionId)}/${step}`,
      body: { expectedVersion: 1, ...body },
    }),
  });
  const violation = {
    category: 'WAGES',
    description: '拖欠工资',
    beganOn: TODAY,
    continuing: true,
    amountOwedFen: 100,
  };
  const layoff = {
    employer,
    workersLaidOff: 25,
    workforce: 200,
    ground: '生产经营发生严重困难',
    explainedOn: TODAY,
    plannedOn: TODAY,
    unionOpinionHeard: true,
  };
  return [
    {
      name: 'list inspection cases',
      allowed: INSPECTION_READERS,
      countyFree: true,
      request: () => ({ method: 'GET', path: '/api/inspection-cases' }),
    },
    {
      name: 'open an inspection case',
      allowed: INSPECTION_READERS,
      request: (_county, f) => ({
        method: 'GET',
        path: `/api/inspection-cases/${encodeURIComponent(f.inspectionCaseId)}`,
      }),
    },
    {
      name: "a matter's inspection case",
      allowed: INSPECTION_READERS,
      request: (_county, f) => ({
        method: 'GET',
        path: `/api/matters/${encodeURIComponent(f.inspectionMatterId)}/inspection-case`,
      }),
    },
    {
      name: 'open an inspection case of the office’s own (主动监察)',
      allowed: INSPECTORS,
      request: (county) => ({
        method: 'POST',
        path: '/api/inspection-cases',
        body: {
          countyCode: county,
          requestId: randomUUID(),
          employer,
          violations: [violation],
          facts: '日常巡视检查发现拖欠工资',
          workerCount: 3,
          migrantWorker: true,
        },
      }),
    },
    onCase('decide inspection acceptance', 'acceptance', {
      decision: 'ACCEPTED',
      violations: [violation],
      reason: '属本局管辖',
    }),
    onCase('record supplied material', 'supplied-material', { employer }),
    onCase('record the construction project', 'construction-project', {
      project: {
        name: '某小区1号楼',
        contractors: [{ role: 'GENERAL_CONTRACTOR', name: employer.name }],
        employingContractor: employer.name,
      },
    }),
    onCase('issue an inquiry notice', 'inquiry-notices', { appearAt: `${TODAY}T09:30:00+08:00`, place: '监察大队' }),
    onCase('record evidence', 'evidence', { kind: '工资表', source: '用人单位', summary: '三个月未发' }),
    onCase('extend the investigation', 'investigation-extension', { approvedBy: '局长', reason: '案情复杂' }),
    onCase('record the employer heard', 'employer-hearing', { heardOn: TODAY, statement: '承认拖欠', waived: false }),
    onCase('issue a correction order', 'correction-order', { corrections: ['支付工资'], correctBy: TODAY }),
    onCase('record the compliance check', 'compliance-check', { complied: true }),
    onCase('issue a penalty decision', 'penalty-decision', {
      violationBasis: '劳动保障监察条例第二十六条',
      penaltyBasis: '劳动保障监察条例第二十六条',
      fineFen: 100,
      facts: '逾期未改正',
    }),
    onCase('withdraw the filing', 'filing-withdrawal', {
      minor: true,
      alreadyCorrected: true,
      reason: '情节轻微且已改正',
    }),
    onCase('end the investigation', 'investigation-end', { reason: '投诉不实' }),
    onCase('transfer to public security', 'public-security-transfer', { reason: '拒不支付劳动报酬' }),
    onCase('propose an arrears listing', 'arrears-listing', { grounds: '拖欠数额较大' }),
    onCase('decide an arrears listing', 'arrears-listing/decision', { list: false }),
    {
      name: "an inspection case's documents",
      allowed: INSPECTION_READERS,
      request: (_county, f) => ({
        method: 'GET',
        path: `/api/inspection-cases/${encodeURIComponent(f.inspectionCaseId)}/documents`,
      }),
    },
    {
      name: 'download an inspection document',
      allowed: INSPECTION_READERS,
      request: (county, f) => ({
        method: 'GET',
        path: `/api/inspection-cases/${encodeURIComponent(f.inspectionCaseId)}/documents/${county}-监立-2026-000001`,
      }),
    },
    {
      name: 'list supervision matters',
      allowed: SUPERVISION_READERS,
      countyFree: true,
      request: () => ({ method: 'GET', path: '/api/supervision-matters' }),
    },
    {
      name: 'open a supervision matter',
      allowed: SUPERVISION_READERS,
      request: (_county, f) => ({
        method: 'GET',
        path: `/api/supervision-matters/${encodeURIComponent(f.supervisionId)}`,
      }),
    },
    {
      name: "a matter's supervision matter",
      allowed: SUPERVISION_READERS,
      request: (_county, f) => ({
        method: 'GET',
        path: `/api/matters/${encodeURIComponent(f.supervisionMatterId)}/supervision-matter`,
      }),
    },
    {
      name: 'file a layoff report',
      allowed: LABOR_RELATIONS,
      request: (county) => ({
        method: 'POST',
        path: '/api/supervision-matters/layoff-reports',
        body: { countyCode: county, requestId: randomUUID(), ...layoff },
      }),
    },
    onMatter('register the layoff report of a referral', 'layoff-report', layoff),
    onMatter('review a layoff plan', 'layoff-plan-review', { protectedWorkersInPlan: [], retentionPriorityKept: true }),
    {
      name: 'open a supervisory check of the office’s own',
      allowed: LABOR_RELATIONS,
      request: (county) => ({
        method: 'POST',
        path: '/api/supervision-matters/checks',
        body: { countyCode: county, requestId: randomUUID(), kind: 'MINIMUM_WAGE', employer },
      }),
    },
    onMatter('open a check on a referral', 'check', { kind: 'WORKING_HOURS', employer }),
    onMatter('record check findings', 'findings', { findings: { maxOvertimeHoursPerDay: 2 } }),
    onMatter('conclude a supervision matter', 'conclusion', { conclusion: 'COMPLIANT', reason: '未发现违法' }),
    {
      name: "a supervision matter's documents",
      allowed: SUPERVISION_READERS,
      request: (_county, f) => ({
        method: 'GET',
        path: `/api/supervision-matters/${encodeURIComponent(f.supervisionId)}/documents`,
      }),
    },
    {
      name: 'download a supervision document',
      allowed: SUPERVISION_READERS,
      request: (county, f) => ({
        method: 'GET',
        path: `/api/supervision-matters/${encodeURIComponent(f.supervisionId)}/documents/${county}-劳监-2026-000001`,
      }),
    },
  ];
}

const ENDPOINTS: Endpoint[] = [
  { name: 'who am I', allowed: ROLES, countyFree: true, request: () => ({ method: 'GET', path: '/api/auth/me' }) },
  {
    name: 'search matters',
    allowed: READERS,
    request: (county) => ({ method: 'GET', path: `/api/matters?county=${county}` }),
  },
  {
    name: 'open a matter',
    allowed: READERS,
    request: (_county, f) => ({ method: 'GET', path: `/api/matters/${f.matterNumber}` }),
  },
  // The channel is the post's: the one window registers window visits, the petition window petition
  // visits, and the duty supervisor either.
  {
    name: 'register a window matter',
    allowed: ['WINDOW_CLERK', 'SUPERVISOR'],
    request: (county) => ({
      method: 'POST',
      path: '/api/matters',
      body: { content: restContent(county), requestId: randomUUID() },
    }),
  },
  {
    name: 'register a petition visit',
    allowed: ['PETITION_OFFICER', 'SUPERVISOR'],
    request: (county) => ({
      method: 'POST',
      path: '/api/matters',
      body: { content: { ...restContent(county), channel: 'PETITION_VISIT' }, requestId: randomUUID() },
    }),
  },
  {
    name: 'routing dry run',
    allowed: ['WINDOW_CLERK', 'PETITION_OFFICER', 'SUPERVISOR'],
    request: (county) => ({ method: 'POST', path: '/api/matters/evaluate', body: { content: restContent(county) } }),
  },
  {
    name: 'see whole identity and phone numbers',
    allowed: PERSONAL_DATA,
    request: (_county, f) => ({ method: 'POST', path: `/api/matters/${f.matterNumber}/personal-data` }),
  },
  { name: 'work queues', allowed: ROLES, countyFree: true, request: () => ({ method: 'GET', path: '/api/queues' }) },
  {
    name: 'acknowledge a mediation referral',
    allowed: ['MEDIATOR'],
    request: (_county, f) => ({
      method: 'POST',
      path: `/api/referrals/${encodeURIComponent(f.mediationReferralId)}/acknowledgement`,
      body: { accept: true },
    }),
  },
  {
    name: 'report a mediation outcome',
    allowed: ['MEDIATOR'],
    request: (_county, f) => ({
      method: 'POST',
      path: `/api/referrals/${encodeURIComponent(f.mediationReferralId)}/outcome`,
      body: { outcome: 'RESOLVED' },
    }),
  },
  // The first post of the county answers (200), the rest find it answered (409): both are allowed.
  {
    name: 'answer a consultation',
    allowed: ['WINDOW_CLERK', 'ARBITRATION_CLERK', 'PETITION_OFFICER', 'LEGAL_AID_OFFICER', 'SUPERVISOR'],
    request: (_county, f) => ({
      method: 'POST',
      path: `/api/referrals/${encodeURIComponent(f.consultationReferralId)}/consultation-answer`,
      body: { answer: '用人单位应当按月支付工资', basis: '《中华人民共和国劳动法》第五十条' },
    }),
  },
  {
    name: 'decide arbitration acceptance',
    allowed: ['ARBITRATOR'],
    request: (_county, f) => ({
      method: 'POST',
      path: `/api/arbitration-cases/${encodeURIComponent(f.caseId)}/acceptance-decision`,
      body: { decision: 'ACCEPT' },
    }),
  },
  // The severance case awaits its decision, not a supplement: the posts that receive supplements get 409.
  {
    name: 'submit a supplement (补正)',
    allowed: ['ARBITRATION_CLERK', 'ARBITRATOR'],
    request: (_county, f) => ({
      method: 'POST',
      path: `/api/cases/${encodeURIComponent(f.caseId)}/supplements`,
      body: {
        requestId: randomUUID(),
        items: [{ field: 'employer.address', value: '湖北省随州市曾都区交通大道100号' }],
      },
    }),
  },
  // The award period and the withdrawal: the tribunal's, and the arbitration window's. The own county's case was
  // accepted above (200 as each step allows it, 409 once it does not); the other county's is refused by arbitration.
  {
    name: 'extend the award period',
    allowed: ['ARBITRATOR'],
    request: (_county, f) => ({
      method: 'POST',
      path: `/api/cases/${encodeURIComponent(f.caseId)}/award-period/extension`,
      body: { days: 5, reason: '案情复杂', approverPost: 'COMMITTEE_CHAIR', approvedOn: TODAY },
    }),
  },
  {
    name: 'suspend the hearing',
    allowed: ['ARBITRATOR'],
    request: (_county, f) => ({
      method: 'POST',
      path: `/api/cases/${encodeURIComponent(f.caseId)}/suspension`,
      body: {
        ground: 'FORCE_MAJEURE',
        details: '洪水',
        suspendedOn: TODAY,
        approverPost: 'COMMITTEE_CHAIR',
        approvedOn: TODAY,
      },
    }),
  },
  {
    name: 'resume the hearing',
    allowed: ['ARBITRATOR'],
    request: (_county, f) => ({
      method: 'POST',
      path: `/api/cases/${encodeURIComponent(f.caseId)}/resumption`,
      body: { resumedOn: TODAY, reason: '洪水已退' },
    }),
  },
  {
    name: 'record a withdrawal',
    allowed: ['ARBITRATION_CLERK', 'ARBITRATOR'],
    request: (_county, f) => ({
      method: 'POST',
      path: `/api/cases/${encodeURIComponent(f.caseId)}/withdrawal`,
      body: { withdrawnOn: TODAY, reason: '双方已自行和解', settled: true },
    }),
  },
  // The proceedings after acceptance (劳动争议调解仲裁法 Arts. 30–50): the arbitration window records the parties' acts,
  // the tribunal decides the rest. The own county's case is withdrawn by now (each allowed post gets 409); the other
  // county's is refused by arbitration, its hearing rooms by the gateway.
  ...proceedingsEndpoints(),
  ...officeEndpoints(),
  {
    name: 'supervisor dashboard',
    allowed: ['SUPERVISOR'],
    request: (county) => ({ method: 'GET', path: `/api/dashboard?county=${county}` }),
  },
  { name: 'audit log', allowed: ['AUDITOR'], countyFree: true, request: () => ({ method: 'GET', path: '/api/audit' }) },
];

const accountFor = (role: StaffRole) => {
  const account = DEMO_ACCOUNTS.find((a) => a.roles.length === 1 && a.roles[0] === role && a.counties.includes(OWN));
  if (!account) throw new Error(`no single-post demo account for ${role} in ${OWN}`);
  return account;
};

// Requests in flight at once: enough to keep the gateway and the services busy on two cores.
const CONCURRENT_REQUESTS = 6;

describe('authorization matrix: every post × every endpoint × own and other county', () => {
  const platform = new Platform({ gateway: {}, inspection: true, laborRelations: true });
  let gateway: GatewayClient;
  const tokens = new Map<StaffRole, string>();
  const fixtures = new Map<string, CountyFixtures>();
  const answers = new Map<object, { status: number; path: string }>();

  async function prepareCounty(county: string): Promise<CountyFixtures> {
    const intakeClient = platform.client('intake');
    const register = async (content: ReturnType<typeof wageArrearsApplication>) =>
      (
        await intakeClient.call<intake.RegisterMatterResponse>('registerMatter', {
          content,
          requestId: randomUUID(),
        })
      ).matter!;
    const plain = await register(wageArrearsApplication({ countyCode: county }));
    // A small claim (under twelve months of the minimum wage) with consent goes to mediation first (调解优先).
    const mediation = await register(
      wageArrearsApplication({
        countyCode: county,
        consentToMediationFirst: true,
        claims: [
          { category: common.ClaimCategory.CLAIM_CATEGORY_WAGES, amountFen: 1_500_000, description: '工资15000元' },
        ],
      }),
    );
    const severance = await register(severanceApplication({ countyCode: county }));
    const consultation = await register(
      wageArrearsApplication({ countyCode: county, kind: common.MatterKind.MATTER_KIND_CONSULTATION, claims: [] }),
    );
    const routingClient = platform.client('routing');
    const mediationReferralId = await eventually(
      async () => {
        const { referrals } = await routingClient.call<routing.ListReferralsResponse>('listReferrals', {
          countyCode: county,
        });
        return referrals.find(
          (r) => r.matterId === mediation.matterId && r.referral?.target === 'REFERRAL_TARGET_MEDIATION',
        )?.referral?.referralId;
      },
      { what: `a mediation referral in ${county}` },
    );
    const arbitrationClient = platform.client('arbitration');
    const caseId = await eventually(
      async () => {
        const found = await arbitrationClient
          .call<arbitration.GetCaseByMatterResponse>('getCaseByMatter', { matterId: severance.matterId })
          .catch(() => undefined);
        return found?.case?.status === 'CASE_STATUS_AWAITING_ACCEPTANCE_DECISION' ? found.case.caseId : undefined;
      },
      { what: `a severance application awaiting a decision in ${county}` },
    );
    const consultationReferralId = await eventually(
      async () => {
        const { referrals } = await routingClient.call<routing.ListReferralsResponse>('listReferrals', {
          countyCode: county,
          matterId: consultation.matterId,
        });
        return referrals.find((r) => r.referral?.target === 'REFERRAL_TARGET_CONSULTATION_CLOSE')?.referral?.referralId;
      },
      { what: `a consultation referral in ${county}` },
    );
    // A complaint goes to inspection, a layoff above the threshold to labor-relations supervision; each office
    // takes its referral as a case of its own.
    const complaint = (layoff?: common.Layoff) =>
      wageArrearsApplication({
        countyCode: county,
        kind: common.MatterKind.MATTER_KIND_COMPLAINT,
        requestedRemedy: common.RequestedRemedy.REQUESTED_REMEDY_ORDER_AGAINST_EMPLOYER,
        layoff,
      });
    const inspected = await register(complaint());
    const laidOff = await register(complaint({ workersLaidOff: 25, workforce: 200 }));
    const inspectionClient = platform.client('inspection');
    const inspectionCaseId = await eventually(
      () =>
        inspectionClient
          .call<inspection.GetInspectionCaseByMatterResponse>('getInspectionCaseByMatter', {
            matterId: inspected.matterId,
          })
          .then(
            (found) => found.case?.caseId,
            () => undefined,
          ),
      { what: `an inspection case in ${county}`, timeoutMs: 45_000 },
    );
    const supervisionClient = platform.client('labor-relations');
    const supervisionId = await eventually(
      () =>
        supervisionClient
          .call<laborRelations.GetSupervisionMatterByMatterResponse>('getSupervisionMatterByMatter', {
            matterId: laidOff.matterId,
          })
          .then(
            (found) => found.matter?.supervisionId,
            () => undefined,
          ),
      { what: `a supervision matter in ${county}`, timeoutMs: 45_000 },
    );
    return {
      matterNumber: plain.matterNumber,
      mediationReferralId,
      caseId,
      consultationReferralId,
      inspectionMatterId: inspected.matterId,
      inspectionCaseId,
      supervisionMatterId: laidOff.matterId,
      supervisionId,
    };
  }

  beforeAll(async () => {
    await platform.start();
    gateway = new GatewayClient(platform.gatewayUrl);
    for (const role of ROLES) {
      const account = accountFor(role);
      tokens.set(role, await gateway.signIn(account.username, account.password));
    }
    const [own, other] = await Promise.all([prepareCounty(OWN), prepareCounty(OTHER)]);
    fixtures.set(OWN, own);
    fixtures.set(OTHER, other);
    // Every case's request is sent now, a few at a time, and each case below reads its own answer: the
    // gateway and the services answer for who asks before they look at what was asked, so the order of the
    // writes does not decide a 403.
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENT_REQUESTS }, async () => {
        while (next < cases.length) {
          const one = cases[next++]!;
          const { method, path, body } = one.endpoint.request(one.county, fixtures.get(one.county)!);
          const { status } = await gateway.request(method, path, { token: tokens.get(one.role), body });
          answers.set(one, { status, path });
        }
      }),
    );
  }, 240_000);

  afterAll(() => platform.stop(), 60_000);

  const cases = ENDPOINTS.flatMap((endpoint) =>
    ROLES.flatMap((role) =>
      [OWN, OTHER].map((county) => {
        const expected =
          endpoint.allowed.includes(role) && (county === OWN || endpoint.countyFree) ? 'allowed' : 'refused';
        return { endpoint, role, county, expected } as const;
      }),
    ),
  );

  it('tells a clerk registering a petition visit which posts content.channel needs', async () => {
    const { body, status } = await gateway.request<{ message: string }>('POST', '/api/matters', {
      token: tokens.get('WINDOW_CLERK'),
      body: { content: { ...restContent(OWN), channel: 'PETITION_VISIT' }, requestId: randomUUID() },
    });
    expect(status).toBe(403);
    expect(body.message).toContain(
      'content.channel PETITION_VISIT：需要以下岗位之一：信访工作人员（PETITION_OFFICER）',
    );
    expect(body.message).toContain('当前账号的岗位：窗口受理员（WINDOW_CLERK）');
  });

  it(`runs ${cases.length} cases`, () => {
    expect(cases).toHaveLength(ENDPOINTS.length * ROLES.length * 2);
  });

  it.each(
    cases.map((c) => [
      `${c.endpoint.name} — ${c.role} — ${c.county === OWN ? 'own' : 'other'} county → ${c.expected}`,
      c,
    ]),
  )('%s', (_name, one) => {
    const response = answers.get(one)!;
    if (one.expected === 'refused') {
      expect(response).toEqual({ status: 403, path: response.path });
    } else {
      expect(response.status).not.toBe(401);
      expect(response.status).not.toBe(403);
      expect(response.status).toBeLessThan(500);
    }
  });
});
