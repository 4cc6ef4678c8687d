import { draftAgreement, MediationPreconditionError, reviseAgreement, signAgreement } from './index';
import { draftInput, EMPLOYER_ID, MEDIATOR_ID, WORKER_ID } from './testing/mediation.fixture';

const sign = (signerId: string, signedAt: string) => ({ signerId, signedAt, method: 'IN_PERSON' as const });

describe('sealing the agreement (生效, 劳动争议调解仲裁法 Art. 14)', () => {
  it('stays unsealed until both parties and the mediator have signed, then takes effect on the last signature’s day', () => {
    let agreement = draftAgreement(draftInput());
    agreement = signAgreement(agreement, sign(WORKER_ID, '2026-03-10T10:00:00+08:00'));
    expect(agreement.status).toBe('SIGNING');
    agreement = signAgreement(agreement, sign(MEDIATOR_ID, '2026-03-10T10:10:00+08:00'));
    expect(agreement).toMatchObject({ status: 'SIGNING' });
    expect(agreement.effectiveOn).toBeUndefined();
    // The employer's representative signs the next morning (China time).
    agreement = signAgreement(agreement, sign(EMPLOYER_ID, '2026-03-11T01:30:00Z'));
    expect(agreement).toMatchObject({ status: 'SEALED', effectiveOn: '2026-03-11' });
    expect(agreement.signatures.map((s) => s.role)).toEqual(['WORKER', 'MEDIATOR', 'EMPLOYER']);
  });

  it('can be revised while unsigned, and not after the first signature', () => {
    const draft = draftAgreement(draftInput());
    const revised = reviseAgreement(
      draft,
      draftInput({ instalments: [{ dueOn: '2026-03-31', amountFen: 1_200_000 }] }),
    );
    expect(revised.instalments).toEqual([{ dueOn: '2026-03-31', amountFen: 1_200_000 }]);
    const signed = signAgreement(draft, sign(WORKER_ID, '2026-03-10T10:00:00+08:00'));
    expect(() =>
      reviseAgreement(signed, draftInput({ instalments: [{ dueOn: '2026-03-31', amountFen: 1_200_000 }] })),
    ).toThrow(MediationPreconditionError);
    expect(signed.instalments).toHaveLength(2);
  });

  it('refuses another signature once sealed', () => {
    let agreement = draftAgreement(draftInput());
    for (const id of [WORKER_ID, EMPLOYER_ID, MEDIATOR_ID])
      agreement = signAgreement(agreement, sign(id, '2026-03-10T10:00:00+08:00'));
    expect(() => signAgreement(agreement, sign(WORKER_ID, '2026-03-10T11:00:00+08:00'))).toThrow(
      expect.objectContaining({ field: 'agreement', description: expect.stringContaining('sealed') }),
    );
  });
});
