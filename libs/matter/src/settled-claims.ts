// What a settlement agrees claim by claim — a mediation agreement (调解协议书) or an arbitration 调解书 alike:
// each claim of the application at most once, in fen, above what was claimed only with a reason
// (超出请求数额), the total within the bound every amount keeps.
import { type FieldErrorFactory, type InputChecks, inputChecks } from './input-checks';
import type { ClaimCategory } from './matter-content';

export interface SettledClaimInput {
  /** index into the application's claims */
  readonly claimIndex: number;
  readonly amountFen: number;
  /** required when amountFen is above the claimed amount */
  readonly reasonAboveClaim?: string;
}

export interface SettledClaim {
  readonly claimIndex: number;
  readonly category: ClaimCategory;
  readonly claimedFen: number;
  readonly amountFen: number;
  readonly reasonAboveClaim?: string;
}

/** 12345.67 from 1234567 fen, by integer arithmetic: money never passes through a binary fraction. */
export function yuanOf(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const whole = Math.abs(fen);
  return `${sign}${Math.trunc(whole / 100)}.${String(whole % 100).padStart(2, '0')}`;
}

/** The settled claims checked against the claims (already checked), and their total; the office's error names the field. */
export function settledClaimsOf(
  settled: readonly SettledClaimInput[],
  claims: readonly { readonly category: ClaimCategory; readonly amountFen: number }[],
  error: FieldErrorFactory,
): { settledClaims: SettledClaim[]; totalFen: number } {
  const check: InputChecks = inputChecks(error);
  const seen = new Set<number>();
  const settledClaims = settled.map((s, i): SettledClaim => {
    const at = `settledClaims[${i}]`;
    if (!Number.isSafeInteger(s?.claimIndex) || s.claimIndex < 0 || s.claimIndex >= claims.length) {
      throw error(
        `${at}.claimIndex`,
        `must name one of the ${claims.length} claim(s) (0 to ${claims.length - 1}); got ${String(s?.claimIndex)}`,
      );
    }
    if (seen.has(s.claimIndex)) throw error(`${at}.claimIndex`, `claim ${s.claimIndex} is settled twice`);
    seen.add(s.claimIndex);
    check.fen(s.amountFen, `${at}.amountFen`);
    const claimed = claims[s.claimIndex]!;
    const base = {
      claimIndex: s.claimIndex,
      category: claimed.category,
      claimedFen: claimed.amountFen,
      amountFen: s.amountFen,
    };
    if (s.amountFen <= claimed.amountFen) return base;
    if (typeof s.reasonAboveClaim !== 'string' || s.reasonAboveClaim.trim().length < 2) {
      throw error(
        `${at}.reasonAboveClaim`,
        `the agreed ${yuanOf(s.amountFen)} yuan is above the ${yuanOf(claimed.amountFen)} yuan claimed (超出请求数额); say why`,
      );
    }
    check.text(s.reasonAboveClaim, `${at}.reasonAboveClaim`, { min: 2, max: 500 });
    return { ...base, reasonAboveClaim: s.reasonAboveClaim.trim() };
  });
  const totalFen = settledClaims.reduce((sum, s) => sum + s.amountFen, 0);
  check.fen(totalFen, 'settledClaims (total)');
  return { settledClaims, totalFen };
}
