import { inputChecks } from './input-checks';

class OfficeInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const checks = inputChecks((field, message) => new OfficeInputError(field, message));

function refusal(check: () => void): OfficeInputError {
  try {
    check();
  } catch (error) {
    if (error instanceof OfficeInputError) return error;
    throw error;
  }
  throw new Error('the check passed');
}

describe('the input checks every office shares throw that office’s own error, naming the field', () => {
  it('names the field and says what was expected', () => {
    const error = refusal(() => checks.date('2026-02-30', 'hearingOn'));
    expect(error.field).toBe('hearingOn');
    expect(error.message).toContain("'YYYY-MM-DD'");
    expect(refusal(() => checks.county('999999', 'countyCode')).message).toContain('421303');
  });

  it('takes integer fen within the claim bound only', () => {
    expect(() => checks.fen(255_600_000, 'amountFen')).not.toThrow();
    expect(refusal(() => checks.fen(12.5, 'amountFen')).field).toBe('amountFen');
    expect(refusal(() => checks.fen(0, 'amountFen', { positive: true })).message).toContain('from 1');
    expect(refusal(() => checks.fen(10_000_000_001, 'amountFen')).message).toContain('10000000000');
  });

  it('counts text in characters once trimmed, so a rare character counts once', () => {
    expect(() => checks.text(' 𠀀𠀀 ', 'reason', { min: 2, max: 2 })).not.toThrow();
    expect(refusal(() => checks.text('   ', 'reason')).message).toBe('must have 1 to 200 characters; has 0');
  });

  it('wants an instant with its offset, the parties by name, ids and lists', () => {
    expect(() => checks.instant('2026-03-20T09:30:00+08:00', 'signedAt')).not.toThrow();
    expect(refusal(() => checks.instant('2026-03-20T09:30:00', 'signedAt')).field).toBe('signedAt');
    expect(refusal(() => checks.party('APPLICANT', 'party')).message).toContain('WORKER or EMPLOYER');
    expect(refusal(() => checks.id('a b', 'clerkId')).field).toBe('clerkId');
    expect(refusal(() => checks.list({}, 'items')).message).toBe('must be a list');
    expect(refusal(() => checks.clock(new Date(Number.NaN))).field).toBe('now');
  });
});
