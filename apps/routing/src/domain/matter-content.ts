// The part of a registered matter (事项) that routing decides on: a narrowed view of the shared
// vocabulary in libs/matter, so rules and their tests need only the facts routing reads.
import type { Claim as RegisteredClaim, MatterContent as RegisteredMatterContent } from '@onewindow/matter';

export { CHANNELS, CLAIM_CATEGORIES, MATTER_KINDS } from '@onewindow/matter';
export type { Channel, ClaimCategory, MatterKind } from '@onewindow/matter';

export type Claim = Readonly<Pick<RegisteredClaim, 'category' | 'amountFen'>>;

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
  readonly employment: { readonly stillEmployed: boolean };
  readonly claims: readonly Claim[];
}
