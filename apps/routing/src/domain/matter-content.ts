// The part of a registered matter (事项) that routing decides on: a narrowed view of the shared
// vocabulary in libs/matter, so rules and their tests need only the facts routing reads. The fields
// added to the vocabulary later (prior handling, the remedy asked for, a layoff, employment dates)
// are optional here: a matter registered before them, or built by a test that is not about them,
// reads as “none given”.
import type {
  Claim as RegisteredClaim,
  Employment as RegisteredEmployment,
  MatterContent as RegisteredMatterContent,
} from '@onewindow/matter';

export {
  CHANNELS,
  CLAIM_CATEGORIES,
  HANDLING_OFFICES,
  HANDLING_STATUSES,
  MATTER_KINDS,
  REQUESTED_REMEDIES,
} from '@onewindow/matter';
export type {
  Channel,
  ClaimCategory,
  HandlingOffice,
  HandlingStatus,
  Layoff,
  MatterKind,
  PriorHandling,
  RequestedRemedy,
} from '@onewindow/matter';

export type Claim = Readonly<Pick<RegisteredClaim, 'category' | 'amountFen'>>;

export type Employment = Readonly<Pick<RegisteredEmployment, 'stillEmployed'>> &
  Readonly<Partial<Pick<RegisteredEmployment, 'startDate' | 'endDate'>>>;

export interface MatterContent
  extends Readonly<
    Pick<
      RegisteredMatterContent,
      | 'countyCode'
      | 'kind'
      | 'workerCount'
      | 'commonClaim'
      | 'consentToMediationFirst'
      | 'channel'
      | 'migrantWorker'
      | 'declaresFinancialHardship'
    >
  > {
  readonly employment: Employment;
  readonly claims: readonly Claim[];
  /** Handling before the window (已经调解、仲裁、监察、诉讼或信访); none when absent. */
  readonly priorHandling?: readonly Readonly<RegisteredMatterContent['priorHandling'][number]>[];
  readonly requestedRemedy?: RegisteredMatterContent['requestedRemedy'];
  readonly layoff?: Readonly<NonNullable<RegisteredMatterContent['layoff']>>;
}
