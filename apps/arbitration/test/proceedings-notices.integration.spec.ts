// The notices of the proceedings on the real broker and store: each step that notifies a party registers
// its numbered notice with the step's one write, and what the notice is about is stored with it — the
// hearing of each 开庭通知书, the seats a 组庭通知书 named — so each reads back as issued after the case moved
// on (a second hearing, a granted challenge). Read as a viewer reads them (pdf.js in a child process).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@onewindow/access';
import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import { arbitration } from '@onewindow/contracts';
import { asCaller } from '@onewindow/service-runtime';
import { InProcessService, wageArrearsApplication } from '@onewindow/testing';
import { ArbitrationModule } from '../src/arbitration.module';
import { referToArbitration } from './refer-to-arbitration';

const INSPECT = join(__dirname, '../../../libs/documents/src/testing/inspect-pdf.mjs');
const as = (roles: Role[]) => asCaller({ userId: `it-${roles.join('+').toLowerCase()}`, roles, counties: ['421303'] });
const arbitrator = as(['ARBITRATOR']);
const clerk = as(['ARBITRATION_CLERK']);
const today = todayInChina(new Date());
const { CaseDocumentKind } = arbitration;

describe('the notices of the proceedings, stored with what they are about', () => {
  const service = new InProcessService('arbitration', ArbitrationModule);
  const folder = mkdtempSync(join(tmpdir(), 'proceedings-notices-'));

  beforeAll(() => service.start());
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await service.dispose();
  });

  const call = async (method: string, request: object, caller = arbitrator) =>
    (await service.client!.call<{ case: arbitration.ArbitrationCase }>(method, request, caller)).case;
  /** The PDF's text, page numbers and spacing dropped, as pdf.js reads it. */
  const textOf = async (caseId: string, kind: arbitration.CaseDocumentKind, number = '') => {
    const { pdf, document } = await service.client!.call<arbitration.GetCaseDocumentResponse>(
      'getCaseDocument',
      { caseId, kind, number },
      clerk,
    );
    const file = join(folder, `${document!.number}.pdf`);
    writeFileSync(file, pdf);
    const [read] = JSON.parse(execFileSync(process.execPath, [INSPECT, file]).toString()) as { pages: string[] }[];
    return read!.pages.map((page) => page.replace(/— \d+ —$/u, '').replace(/\s+/gu, '')).join('');
  };

  it('lists each notice in the order issued and prints each hearing’s own notice and the seats as first told', async () => {
    const opened = await referToArbitration(service, wageArrearsApplication(), '421303-2026-000601', clerk);
    await call(
      'recordApplicationCopyService',
      { caseId: opened.caseId, method: 'IN_PERSON', receivedOn: today, signedBy: '王某' },
      clerk,
    );
    await call('recordDefence', { caseId: opened.caseId, submittedOn: today }, clerk);
    await call('composeTribunal', {
      caseId: opened.caseId,
      form: 'THREE_ARBITRATORS',
      arbitrators: [
        { arbitratorId: 'a1', name: '周仲裁', role: 'PRESIDING' },
        { arbitratorId: 'a2', name: '郑仲裁', role: 'MEMBER' },
        { arbitratorId: 'a3', name: '吴仲裁', role: 'MEMBER' },
      ],
      composedOn: today,
      notifiedOn: today,
    });
    const [first, second] = [addCalendarDays(today, 14), addCalendarDays(today, 21)];
    await call('scheduleHearing', {
      caseId: opened.caseId,
      startsAt: `${first}T09:00:00+08:00`,
      endsAt: `${first}T11:00:00+08:00`,
      roomId: 'room-2',
      noticeServedOn: today,
    });
    await call('scheduleHearing', {
      caseId: opened.caseId,
      startsAt: `${second}T14:00:00+08:00`,
      endsAt: `${second}T16:00:00+08:00`,
      meetingLink: 'https://meeting.example.cn/r/601601',
      noticeServedOn: today,
    });
    await call(
      'challengeArbitrator',
      {
        caseId: opened.caseId,
        arbitratorId: 'a2',
        party: 'RESPONDENT',
        ground: 'INTERESTED_IN_THE_CASE',
        reason: '郑仲裁曾担任申请人的代理人',
        filedOn: today,
        stage: 'BEFORE_HEARING',
      },
      clerk,
    );
    const replaced = await call('decideChallenge', {
      caseId: opened.caseId,
      challengeIndex: 0,
      decision: 'GRANTED',
      decidedBy: 'COMMISSION_CHAIR',
      decidedOn: today,
      reason: '回避事由成立',
      replacementArbitratorId: 'a4',
      replacementName: '钱仲裁',
    });
    expect(replaced.tribunal.map((seat) => seat.name)).toEqual(['周仲裁', '钱仲裁', '吴仲裁']);

    const { documents } = await service.client!.call<arbitration.ListCaseDocumentsResponse>(
      'listCaseDocuments',
      { matterId: opened.matterId },
      clerk,
    );
    const year = today.slice(0, 4);
    expect(documents.slice(2).map((d) => [d.kind, d.number])).toEqual([
      [
        CaseDocumentKind.CASE_DOCUMENT_KIND_APPLICATION_COPY_NOTICE,
        expect.stringMatching(`^421303-仲送-${year}-\\d{6}$`),
      ],
      [CaseDocumentKind.CASE_DOCUMENT_KIND_DEFENCE_NOTICE, expect.stringMatching(`^421303-仲答-${year}-\\d{6}$`)],
      [CaseDocumentKind.CASE_DOCUMENT_KIND_TRIBUNAL_NOTICE, expect.stringMatching(`^421303-仲庭-${year}-\\d{6}$`)],
      [CaseDocumentKind.CASE_DOCUMENT_KIND_HEARING_NOTICE, expect.stringMatching(`^421303-仲开-${year}-\\d{6}$`)],
      [CaseDocumentKind.CASE_DOCUMENT_KIND_HEARING_NOTICE, expect.stringMatching(`^421303-仲开-${year}-\\d{6}$`)],
    ]);

    const [firstNotice, secondNotice] = documents.slice(5).map((d) => d.number);
    const onSite = await textOf(opened.caseId, CaseDocumentKind.CASE_DOCUMENT_KIND_HEARING_NOTICE, firstNotice);
    const online = await textOf(opened.caseId, CaseDocumentKind.CASE_DOCUMENT_KIND_HEARING_NOTICE, secondNotice);
    expect(onSite).toContain('在本院第二仲裁庭开庭审理');
    expect(onSite).not.toContain('meeting.example.cn');
    expect(online).toContain('在线开庭审理');
    expect(online).toContain('https://meeting.example.cn/r/601601');

    const tribunal = await textOf(opened.caseId, CaseDocumentKind.CASE_DOCUMENT_KIND_TRIBUNAL_NOTICE);
    expect(tribunal).toContain('首席仲裁员：周仲裁仲裁员：郑仲裁仲裁员：吴仲裁');
    expect(tribunal).not.toContain('钱仲裁');
    expect(await textOf(opened.caseId, CaseDocumentKind.CASE_DOCUMENT_KIND_APPLICATION_COPY_NOTICE)).toContain(
      '由本院直接送达（签收人王某）',
    );
  }, 60_000);
});
