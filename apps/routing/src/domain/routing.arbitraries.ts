// fast-check arbitraries for the routing specs: any matter content intake would register.
import { addCalendarDays } from '@onewindow/calendar';
import fc from 'fast-check';
import {
  CHANNELS,
  CLAIM_CATEGORIES,
  HANDLING_OFFICES,
  HANDLING_STATUSES,
  MATTER_KINDS,
  REQUESTED_REMEDIES,
  type MatterContent,
} from './matter-content';
import { REFERRAL_TARGETS } from './rule-set';
import type { ReferralHistory } from './matter-facts';

/** The day the property specs decide on; employment dates lie up to ten years before it. */
export const PROPERTY_DECISION_DATE = '2026-11-30';

// Amounts up to intake's cap of 10^10 fen, up to 100,000 workers, up to 10 earlier handlings.
export const registeredMatter = (countyCode = '421381'): fc.Arbitrary<MatterContent> =>
  fc
    .record({
      kind: fc.constantFrom(...MATTER_KINDS),
      stillEmployed: fc.boolean(),
      startDaysAgo: fc.integer({ min: 30, max: 3_650 }),
      employedDays: fc.integer({ min: 0, max: 3_650 }),
      claims: fc.array(
        fc.record({
          category: fc.constantFrom(...CLAIM_CATEGORIES),
          amountFen: fc.integer({ min: 0, max: 10_000_000_000 }),
        }),
        { minLength: 0, maxLength: 8 },
      ),
      workerCount: fc.integer({ min: 1, max: 100_000 }),
      commonClaim: fc.boolean(),
      consentToMediationFirst: fc.boolean(),
      channel: fc.constantFrom(...CHANNELS),
      migrantWorker: fc.boolean(),
      declaresFinancialHardship: fc.boolean(),
      priorHandling: fc.array(
        fc.record({
          office: fc.constantFrom(...HANDLING_OFFICES),
          status: fc.constantFrom(...HANDLING_STATUSES),
          conclusionDisputed: fc.boolean(),
        }),
        { maxLength: 3 },
      ),
      requestedRemedy: fc.option(fc.constantFrom(...REQUESTED_REMEDIES), { nil: undefined }),
      layoff: fc.option(
        fc
          .record({ workersLaidOff: fc.integer({ min: 1, max: 2_000 }), extra: fc.integer({ min: 0, max: 20_000 }) })
          .map(({ workersLaidOff, extra }) => ({ workersLaidOff, workforce: workersLaidOff + extra })),
        { nil: undefined },
      ),
    })
    .map(({ stillEmployed, startDaysAgo, employedDays, workerCount, commonClaim, kind, claims, ...rest }) => {
      const startDate = addCalendarDays(PROPERTY_DECISION_DATE, -startDaysAgo);
      const endDate = addCalendarDays(startDate, Math.min(employedDays, startDaysAgo));
      return {
        ...rest,
        kind,
        countyCode,
        // Only a consultation may claim nothing.
        claims:
          kind === 'CONSULTATION' || claims.length > 0 ? claims : [{ category: 'WAGES' as const, amountFen: 100_000 }],
        employment: stillEmployed ? { stillEmployed, startDate } : { stillEmployed, startDate, endDate },
        workerCount,
        commonClaim: commonClaim && workerCount >= 2,
      };
    });

/** Any point in the referral loop: what came back, what else was referred, and the round. */
export const referralHistory: fc.Arbitrary<ReferralHistory> = fc
  .record({
    failedTargets: fc.subarray([...REFERRAL_TARGETS]),
    declinedTargets: fc.subarray([...REFERRAL_TARGETS]),
    stillOpen: fc.subarray([...REFERRAL_TARGETS]),
    round: fc.integer({ min: 1, max: 8 }),
  })
  .map(({ failedTargets, declinedTargets, stillOpen, round }) => ({
    failedTargets,
    declinedTargets,
    previousTargets: [...stillOpen, ...failedTargets, ...declinedTargets],
    round: failedTargets.length + declinedTargets.length + stillOpen.length === 0 ? 1 : Math.max(round, 2),
  }));
