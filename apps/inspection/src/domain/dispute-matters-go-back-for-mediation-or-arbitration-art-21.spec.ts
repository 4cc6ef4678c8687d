import { caseFromReferral, decideAcceptance, sourceOfMatter } from '.';
import { applied, errorOf, INSPECTOR, matter, receivedCase } from './testing/inspection-case.fixture';

// 劳动保障监察条例 Art. 21: a dispute that belongs in mediation or arbitration goes back to routing, which
// issues the new referral; the worker is told the way in writing (告知书).

const dispute = (redirectedTo: string) => ({
  decision: 'DISPUTE_PROCEDURE' as const,
  violations: [],
  reason: '',
  redirectedTo,
  missingMaterial: [],
});

describe('a dispute goes back for mediation or arbitration (条例 Art. 21)', () => {
  it('a wage dispute asking for an order against the employer is taken as a complaint, and so is any other dispute', () => {
    expect(sourceOfMatter({ kind: 'DISPUTE', requestedRemedy: 'ORDER_AGAINST_EMPLOYER' })).toBe('COMPLAINT');
    expect(sourceOfMatter({ kind: 'REPORT' })).toBe('REPORT');
    // Routing sent it here: the inspector decides, and sends a dispute back (Art. 21) rather than it going unanswered.
    const referral = {
      referralId: 'r',
      matterId: 'm',
      matterNumber: 'n',
      countyCode: '421303',
      receivedOn: '2026-03-02',
    };
    const taken = caseFromReferral({ ...referral, content: matter({ kind: 'DISPUTE', requestedRemedy: 'AWARD' }) });
    expect(taken.source).toBe('COMPLAINT');
  });

  it.each([
    ['ARBITRATION', '劳动人事争议仲裁院'],
    ['MEDIATION', '劳动争议调解组织'],
  ])('to %s: concluded DISPUTE_PROCEDURE, routing told TRANSFERRED to it, a 告知书 to the complainant', (to, body) => {
    const { record, events } = applied(decideAcceptance(receivedCase(), dispute(to), INSPECTOR));
    expect(record).toMatchObject({ status: 'CONCLUDED', conclusion: 'DISPUTE_PROCEDURE', concludedOn: '2026-03-02' });
    expect(record.documents.map((d) => [d.title, d.addressedTo])).toEqual([['告知书', '张建国']]);
    expect(events[0]!.officeAnswer).toMatchObject({ kind: 'CONCLUDED', outcome: 'TRANSFERRED', transferTo: to });
    expect(events[0]!.summary).toContain(body);
    expect(events[0]!.watch).toContainEqual(expect.objectContaining({ action: 'meet', kind: 'INSPECTION_ACCEPTANCE' }));
  });

  it('refuses any other target, naming redirected_to', () => {
    const error = errorOf(() => decideAcceptance(receivedCase(), dispute('COURT'), INSPECTOR));
    expect(error).toMatchObject({ name: 'InvalidInspectionInputError', field: 'redirected_to' });
  });
});
