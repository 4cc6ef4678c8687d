// A wage case in 曾都区 (421303) after acceptance, for the specs of service, defence, award period, absence
// and withdrawal, and of the tribunal, hearing, mediation and award. Specs change only what their scenario
// is about. 2026-03-10 is a Tuesday with no holiday near it; approvals are by the committee's chair.
import type { IsoDate } from '@onewindow/calendar';
import type { AwardContext } from '../award';
import type { ApproverPost, WrittenApproval } from '../award-period';
import type { ClaimedItem } from '../proceedings-input.validation';
import { composeTribunal, Tribunal, TribunalCompositionInput } from '../tribunal';

export const COUNTY = '421303';
export const FILED_ON: IsoDate = '2026-03-10';
export const ACCEPTED_ON: IsoDate = '2026-03-10';
/** 421303 is configured in tier 2 (2130 yuan) from 2025-12-01: 12 × 213000 fen. */
export const THRESHOLD_FEN = 2_556_000;

export const WAGES_AND_SEVERANCE: readonly ClaimedItem[] = [
  { category: 'WAGES', amountFen: 1_860_000 },
  { category: 'SEVERANCE', amountFen: 900_000 },
];

export function threeArbitratorsInput(overrides: Partial<TribunalCompositionInput> = {}): TribunalCompositionInput {
  return {
    countyCode: COUNTY,
    composedOn: '2026-03-12',
    form: 'THREE_ARBITRATORS',
    arbitrators: [
      { arbitratorId: 'arb-wang', name: '王仲裁', role: 'PRESIDING' },
      { arbitratorId: 'arb-li', name: '李仲裁', role: 'MEMBER' },
      { arbitratorId: 'arb-zhao', name: '赵仲裁', role: 'MEMBER' },
    ],
    ...overrides,
  };
}

export function threeArbitratorTribunal(): Tribunal {
  return composeTribunal(threeArbitratorsInput(), {
    countyCode: COUNTY,
    acceptedOn: ACCEPTED_ON,
    collectiveDispute: false,
  });
}

export function awardContext(overrides: Partial<AwardContext> = {}): AwardContext {
  return {
    countyCode: COUNTY,
    filedOn: FILED_ON,
    acceptedOn: ACCEPTED_ON,
    claims: WAGES_AND_SEVERANCE,
    caseState: 'OPEN',
    mediationStage: 'NO_AGREEMENT',
    ...overrides,
  };
}

export function chairApproval(approvedOn: IsoDate, post: ApproverPost = 'COMMITTEE_CHAIR'): WrittenApproval {
  return { approvedBy: 'staff-chair-zhou', post, approvedOn };
}

/** A clock at 18:00 China time on `day`. */
export function eveningOf(day: IsoDate): Date {
  return new Date(`${day}T18:00:00+08:00`);
}

/** The error `act` throws, to assert on its class, field and description; fails the test if none. */
export function thrownBy(act: () => unknown): Error & { field?: string; description?: string } {
  try {
    act();
  } catch (error) {
    return error as Error & { field?: string; description?: string };
  }
  throw new Error('expected an error, but none was thrown');
}
