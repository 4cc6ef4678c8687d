import { draftAgreement, judicialConfirmationWindow } from './index';
import { draftInput, sealedAgreement } from './testing/mediation.fixture';

describe('judicial confirmation (司法确认, 人民调解法 Art. 33): jointly, within 30 days of taking effect', () => {
  it('counts 30 days from the day the agreement took effect, that day not counted', () => {
    // Sealed 2026-03-10 (Tuesday); + 30 = 2026-04-09 (Thursday).
    const window = judicialConfirmationWindow(sealedAgreement(), '2026-04-09');
    expect(window).toMatchObject({
      effectiveOn: '2026-03-10',
      dueOn: '2026-04-09',
      inTime: true,
      countyCode: '421303',
    });
    expect(window.citation).toContain('《人民调解法》第三十三条');
    expect(judicialConfirmationWindow(sealedAgreement(), '2026-04-10').inTime).toBe(false);
  });

  it('moves a last day in the 清明 holiday to the next working day', () => {
    // Sealed 2026-03-06; + 30 = 2026-04-05, inside 清明 (4/4–4/6): due 2026-04-07.
    const agreement = sealedAgreement({ agreedOn: '2026-03-06' }, '2026-03-06T15:00:00+08:00');
    expect(agreement.effectiveOn).toBe('2026-03-06');
    const window = judicialConfirmationWindow(agreement, '2026-04-07');
    expect(window.dueOn).toBe('2026-04-07');
    expect(window.inTime).toBe(true);
  });

  it('needs an agreement in force', () => {
    expect(() => judicialConfirmationWindow(draftAgreement(draftInput()), '2026-03-12')).toThrow(
      expect.objectContaining({ field: 'agreement' }),
    );
  });
});
