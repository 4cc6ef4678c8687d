import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import { common, inspection, intake, laborRelations, Topics } from '@onewindow/contracts';
import { eventually, GrpcClient, Platform, testStack, TopicRecorder, wageArrearsApplication } from '@onewindow/testing';

// Labor inspection (劳动保障监察) and labor-relations supervision (劳动关系行政监管), window to end, as separate
// processes on the real stack: a window complaint accepted → order to correct → complied → the matter closed; a
// report whose reporter appears in no event and in none of the employer's documents; a layoff above the
// threshold referred to supervision, and one below it that is not. Each matter's timeline is printed.

const INSPECT_PDF = join(__dirname, '../../../libs/documents/src/testing/inspect-pdf.mjs');
const REPORTER = '张建国'; // wageArrearsApplication's applicant
const { ClaimCategory, MatterKind, RequestedRemedy } = common;

const complaint = (overrides: Partial<common.MatterContent> = {}) =>
  wageArrearsApplication({
    kind: MatterKind.MATTER_KIND_COMPLAINT,
    requestedRemedy: RequestedRemedy.REQUESTED_REMEDY_ORDER_AGAINST_EMPLOYER,
    ...overrides,
  });

describe('inspection and labor-relations supervision: window → office → decision, on the real stack', () => {
  const platform = new Platform({ inspection: true, laborRelations: true });
  let intakeClient: GrpcClient;
  let inspectionClient: GrpcClient;
  let supervisionClient: GrpcClient;
  let recorder: TopicRecorder;
  const scratch = mkdtempSync(join(tmpdir(), 'inspection-e2e-'));

  beforeAll(async () => {
    await platform.start();
    intakeClient = platform.client('intake');
    inspectionClient = platform.client('inspection');
    supervisionClient = platform.client('labor-relations');
    const kafka = new Kafka({ brokers: testStack().kafkaBrokers, logLevel: logLevel.NOTHING });
    const topics = [
      Topics.intakeMatters,
      Topics.routingReferrals,
      Topics.inspectionCases,
      Topics.inspectionDeadlines,
      Topics.laborRelationsSupervision,
      Topics.routingDeadlines,
    ].map((topic) => `${platform.topicPrefix}${topic}`);
    recorder = await new TopicRecorder(kafka).start(topics);
  }, 180_000);

  afterAll(async () => {
    await recorder?.stop();
    await platform.stop();
    rmSync(scratch, { recursive: true, force: true });
  }, 60_000);

  async function register(content: common.MatterContent): Promise<intake.Matter> {
    const { matter } = await intakeClient.call<intake.RegisterMatterResponse>('registerMatter', {
      content,
      requestId: '',
    });
    return matter!;
  }

  const matterOf = (matterId: string) =>
    intakeClient
      .call<intake.GetMatterResponse>('getMatter', { matterId, matterNumber: '' })
      .then((found) => found.matter!);

  /** The matter once its timeline holds an entry matching each pattern; printed for the record. */
  async function timelineShowing(matterId: string, title: string, ...patterns: RegExp[]) {
    const found = await eventually(
      async () => {
        const current = await matterOf(matterId);
        const summaries = current.timeline.map((entry) => entry.summary);
        return patterns.every((pattern) => summaries.some((summary) => pattern.test(summary))) ? current : undefined;
      },
      { timeoutMs: 45_000, what: `the timeline to show ${patterns.join(', ')}` },
    );
    console.log(
      [
        `${title}: ${found.matterNumber} (stage ${found.stage})`,
        ...found.timeline.map((entry) => {
          const due = entry.deadlines.map((d) => ` [期限 ${d.dueOn}]`).join('');
          return `  ${entry.occurredAt.slice(0, 19)}  ${entry.summary}${due}`;
        }),
      ].join('\n'),
    );
    return found;
  }

  const caseOf = (matterId: string) =>
    eventually(
      () =>
        inspectionClient
          .call<inspection.GetInspectionCaseByMatterResponse>('getInspectionCaseByMatter', { matterId })
          .then(
            (found) => found.case,
            () => undefined,
          ),
      { timeoutMs: 45_000, what: `the inspection case of ${matterId}` },
    );

  const inspect = <K extends string>(method: K, request: object) =>
    inspectionClient.call<{ case: inspection.InspectionCase }>(method, request).then((answer) => answer.case);

  /** Accepted (受理并立案) → the employer heard (陈述、申辩) → 责令改正指令书: the case as ordered. */
  async function acceptHearAndOrder(opened: inspection.InspectionCase, wagesFen: number) {
    const today = todayInChina(new Date());
    const accepted = await inspect('decideAcceptance', {
      caseId: opened.caseId,
      expectedVersion: opened.version,
      decision: inspection.AcceptanceDecision.ACCEPTANCE_DECISION_ACCEPTED,
      violations: [
        {
          category: ClaimCategory.CLAIM_CATEGORY_WAGES,
          description: '拖欠四个月工资',
          beganOn: addCalendarDays(today, -120),
          endedOn: '',
          continuing: true,
          amountOwedFen: wagesFen,
        },
      ],
      reason: '违法行为发生在二年内，有明确的用人单位，属本局管辖',
    });
    expect(accepted.status).toBe(inspection.InspectionStatus.INSPECTION_STATUS_UNDER_INVESTIGATION);
    const heard = await inspect('recordEmployerHeard', {
      caseId: accepted.caseId,
      expectedVersion: accepted.version,
      heardOn: today,
      statement: '承认拖欠，因工程款未到位',
      waived: false,
    });
    return inspect('issueCorrectionOrder', {
      caseId: heard.caseId,
      expectedVersion: heard.version,
      corrections: [`支付拖欠工资人民币${wagesFen / 100}元`],
      correctBy: addCalendarDays(today, 10),
      wagesOrderedFen: wagesFen,
    });
  }

  /** The text of each of the case's PDFs, as a viewer reads it (pdf.js), spaces removed. */
  async function documentTexts(found: inspection.InspectionCase): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    for (const document of found.documents) {
      const { pdf } = await inspectionClient.call<inspection.GetInspectionDocumentResponse>('getInspectionDocument', {
        caseId: found.caseId,
        number: document.number,
      });
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

  it('a window complaint accepted → order to correct → complied → the matter closed (办结)', async () => {
    const matter = await register(complaint());
    const opened = await caseOf(matter.matterId);
    expect(opened.source).toBe(inspection.InspectionSource.INSPECTION_SOURCE_COMPLAINT);
    expect(opened.parties!.complainantName).toBe(REPORTER);
    const ordered = await acceptHearAndOrder(opened, 3_600_000);
    expect(ordered.status).toBe(inspection.InspectionStatus.INSPECTION_STATUS_CORRECTION_ORDERED);
    const corrected = await inspect('recordComplianceCheck', {
      caseId: ordered.caseId,
      expectedVersion: ordered.version,
      complied: true,
      note: '复查：已足额支付，工资支付凭证在卷',
    });
    expect(corrected.conclusion).toBe(inspection.Conclusion.CONCLUSION_CORRECTED);
    const closed = await timelineShowing(
      matter.matterId,
      'window complaint → order to correct → complied',
      /分流至劳动保障监察/,
      /投诉已登记/,
      /立案/,
      /责令改正/,
      /复查/,
    );
    await eventually(async () => ((await matterOf(matter.matterId)).closed ? true : undefined), {
      timeoutMs: 30_000,
      what: `${closed.matterNumber} closed`,
    });
    const texts = await documentTexts(corrected);
    expect([...texts.keys()]).toEqual(expect.arrayContaining(['受理通知书', '责令改正指令书']));
    expect(texts.get('责令改正指令书')).toContain('劳动保障监察条例');
  });

  it('a report: the reporter is in no event of any topic and in none of the employer’s documents', async () => {
    const matter = await register(complaint({ kind: MatterKind.MATTER_KIND_REPORT }));
    const opened = await caseOf(matter.matterId);
    expect(opened.source).toBe(inspection.InspectionSource.INSPECTION_SOURCE_REPORT);
    expect(opened.parties).toMatchObject({ complainantName: '', reporterSealed: true });
    const ordered = await acceptHearAndOrder(opened, 3_600_000);
    await inspect('issueInquiryNotice', {
      caseId: ordered.caseId,
      expectedVersion: ordered.version,
      appearAt: `${addCalendarDays(todayInChina(new Date()), 3)}T09:30:00+08:00`,
      place: '随州市劳动保障监察局曾都大队',
      materials: ['工资支付记录', '考勤记录'],
    }).catch(() => undefined); // an inquiry after the order may be refused; the order's documents are what matter
    const found = await inspect('getInspectionCase', { caseId: ordered.caseId });
    await timelineShowing(matter.matterId, 'report → order to correct', /举报已登记/, /责令改正/);

    const texts = await documentTexts(found);
    expect(texts.size).toBeGreaterThan(0);
    for (const [title, text] of texts)
      expect({ title, named: text.includes(REPORTER) }).toEqual({ title, named: false });
    const ofThisMatter = recorder.messages.filter((m) => m.key?.toString() === matter.matterId);
    expect(ofThisMatter.length).toBeGreaterThan(3);
    for (const message of ofThisMatter) {
      expect({ topic: message.topic, named: message.value!.includes(Buffer.from(REPORTER)) }).toEqual({
        topic: message.topic,
        named: false,
      });
    }
    // Intake holds who it was, for the inspector alone.
    const revealed = await intakeClient.call<intake.RevealPersonalDataResponse>('revealPersonalData', {
      matterId: matter.matterId,
      matterNumber: '',
    });
    expect(revealed.reporter?.name).toBe(REPORTER);
  });

  it('a layoff of 25 of 200 is referred to supervision and registered as a 规模裁员; 5 of 200 is not referred', async () => {
    const above = await register(complaint({ layoff: { workersLaidOff: 25, workforce: 200 } }));
    const below = await register(complaint({ layoff: { workersLaidOff: 5, workforce: 200 } }));
    const supervised = await eventually(
      () =>
        supervisionClient
          .call<laborRelations.GetSupervisionMatterByMatterResponse>('getSupervisionMatterByMatter', {
            matterId: above.matterId,
          })
          .then(
            (found) => found.matter,
            () => undefined,
          ),
      { timeoutMs: 45_000, what: 'the supervision matter of the layoff' },
    );
    expect(supervised.layoff).toMatchObject({ workersLaidOff: 25, workforce: 200, reportable: true });
    await timelineShowing(above.matterId, 'layoff 25 of 200 → supervision', /分流至劳动关系监管/, /裁员/);

    const belowMatter = await timelineShowing(below.matterId, 'layoff 5 of 200', /分流至劳动保障监察/);
    expect(belowMatter.timeline.some((entry) => /劳动关系监管/.test(entry.summary))).toBe(false);
    // The employer's own report of 15 of 300 is registered and found below both thresholds.
    const filed = await supervisionClient.call<laborRelations.RegisterLayoffReportResponse>('registerLayoffReport', {
      supervisionId: '',
      expectedVersion: 0,
      countyCode: '421303',
      requestId: `layoff-${below.matterId}`,
      employer: complaint().employer,
      workersLaidOff: 15,
      workforce: 300,
      ground: '生产经营发生严重困难',
      explainedOn: todayInChina(new Date()),
      plannedOn: addCalendarDays(todayInChina(new Date()), 31),
      unionOpinionHeard: true,
    });
    expect(filed.matter!.layoff).toMatchObject({ reportable: false });
    expect(filed.matter!.conclusion).toBe(laborRelations.SupervisionConclusion.SUPERVISION_CONCLUSION_NOT_REPORTABLE);
  });
});
