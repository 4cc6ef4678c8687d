import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Caller } from '@onewindow/access';
import { retractMediationStatement } from '../../domain';
import type { CaseDocumentKind } from '../arbitration-case.repository';
import { CaseDocumentNotIssuedError, CaseDocumentsUseCase } from './get-case-document.use-case';
import { caseToItsAward, CLERK, MIXED_AWARD, type ProceedingsCase } from './testing/proceedings-case.fixture';

// Every document of the proceedings prints: PDF bytes, the same for the same case twice (the date is the
// document's, nothing random), and `number` picks one of a kind issued more than once — a 开庭通知书 per
// hearing, the two 裁决书 of a MIXED award — the latest of the kind without it. The PDFs are written to
// test-output/documents/proceedings for a reader to look at.

const OUT = join(__dirname, '../../../../../test-output/documents/proceedings');
const AUDITOR: Caller = { userId: 'auditor', roles: ['AUDITOR'], counties: ['421303'] };

const NEW_KINDS: CaseDocumentKind[] = [
  'APPLICATION_COPY_NOTICE',
  'DEFENCE_NOTICE',
  'TRIBUNAL_NOTICE',
  'HEARING_NOTICE',
  'MEDIATION_STATEMENT',
  'AWARD',
  'ADVANCE_ENFORCEMENT',
];

describe('every document of the proceedings renders to the same PDF', () => {
  let c: ProceedingsCase;
  let documents: CaseDocumentsUseCase;

  beforeAll(async () => {
    c = await caseToItsAward();
    await c.changeStatement((s) =>
      retractMediationStatement(s, { party: 'EMPLOYER', at: '2026-03-27T10:00:00+08:00', reason: '反悔' }),
    );
    await c.award(MIXED_AWARD);
    documents = new CaseDocumentsUseCase(c.repositoryPort);
    mkdirSync(OUT, { recursive: true });
  });

  it.each(NEW_KINDS)(
    'renders every %s issued to PDF bytes (an award the same twice)',
    async (kind) => {
      const issued = c.issued(kind);
      expect(issued.length).toBeGreaterThan(0);
      for (const [i, one] of issued.entries()) {
        const first = await documents.render(CLERK, c.caseId, kind, one.number);
        expect(first.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        // Rendering is CPU-heavy (fonts subset per document): the same bytes again is checked on the award,
        // the document whose text is built from the most parts of the record.
        if (kind === 'AWARD') {
          const second = await documents.render(CLERK, c.caseId, kind, one.number);
          expect(first.pdf.equals(second.pdf)).toBe(true);
        }
        expect(first.fileName).toBe(`${one.title}-${one.number}.pdf`);
        writeFileSync(join(OUT, `${kind.toLowerCase().replaceAll('_', '-')}-${i + 1}.pdf`), first.pdf);
      }
    },
    30_000,
  );

  it('picks a hearing notice and an award document by number, and the latest of the kind without one', async () => {
    const [firstHearing, secondHearing] = c.issued('HEARING_NOTICE');
    const [final, nonFinal] = c.issued('AWARD');
    const pick = (kind: CaseDocumentKind, number = '') => documents.render(CLERK, c.caseId, kind, number);
    expect((await pick('HEARING_NOTICE', firstHearing!.number)).issued).toEqual(firstHearing);
    expect((await pick('HEARING_NOTICE')).issued).toEqual(secondHearing);
    const finalPdf = await pick('AWARD', final!.number);
    const nonFinalPdf = await pick('AWARD', nonFinal!.number);
    expect(finalPdf.fileName).toBe('仲裁裁决书（终局裁决）-421303-仲裁-2026-000001.pdf');
    expect(nonFinalPdf.fileName).toBe('仲裁裁决书（非终局裁决）-421303-仲裁-2026-000002.pdf');
    expect(finalPdf.pdf.equals(nonFinalPdf.pdf)).toBe(false);
    expect((await pick('AWARD')).issued).toEqual(nonFinal);
  });

  it('refuses a number of another kind, a document whose subject left the record, and a post that does not see documents', async () => {
    const [final] = c.issued('AWARD');
    await expect(documents.render(CLERK, c.caseId, 'HEARING_NOTICE', final!.number)).rejects.toThrow(
      CaseDocumentNotIssuedError,
    );
    const record = c.record;
    c.cases.cases.set(c.caseId, { ...record, hearings: [] });
    await expect(documents.render(CLERK, c.caseId, 'HEARING_NOTICE')).rejects.toThrow(
      `has no HEARING_NOTICE document numbered ${c.issued('HEARING_NOTICE').at(-1)!.number}`,
    );
    c.cases.cases.set(c.caseId, record);
    await expect(documents.render(AUDITOR, c.caseId, 'AWARD')).rejects.toThrow(/posts that work on matters/);
  });
});
