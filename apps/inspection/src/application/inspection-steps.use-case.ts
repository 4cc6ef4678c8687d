import { Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import {
  type AcceptanceInput,
  type ConstructionProjectRecord,
  decideAcceptance,
  decideArrearsListing,
  type EmployerRecord,
  endInvestigation,
  extendInvestigation,
  type InspectionCaseRecord,
  issueCorrectionOrder,
  issueInquiryNotice,
  issuePenaltyDecision,
  proposeArrearsListing,
  recordComplianceCheck,
  recordConstructionProject,
  recordEmployerHeard,
  recordEvidence,
  recordSuppliedMaterial,
  type StepContext,
  type StepPlan,
  transferToPublicSecurity,
  withdrawFiling,
} from '../domain';
import { InspectionCaseChanges } from './inspection-case-changes';

type Step<I> = (record: InspectionCaseRecord, input: I, ctx: StepContext) => StepPlan;

/** The inspector's steps on a case, each a domain rule applied at the version the caller read. */
@Injectable()
export class InspectionStepsUseCase {
  constructor(private readonly changes: InspectionCaseChanges) {}

  private take<I>(step: Step<I>) {
    return (caller: Caller, caseId: string, expectedVersion: number, input: I) =>
      this.changes.step(caller, caseId, expectedVersion, (record, ctx) => step(record, input, ctx));
  }

  readonly decideAcceptance = this.take<AcceptanceInput>(decideAcceptance);
  readonly recordSuppliedMaterial = this.take<{ employer: Partial<EmployerRecord>; note: string }>(
    recordSuppliedMaterial,
  );
  readonly recordConstructionProject = this.take<{ project: ConstructionProjectRecord | undefined }>(
    recordConstructionProject,
  );
  readonly issueInquiryNotice = this.take<{ appearAt: string; place: string; materials: string[] }>(issueInquiryNotice);
  readonly recordEvidence = this.take<{ kind: string; source: string; summary: string }>(recordEvidence);
  readonly extendInvestigation = this.take<{ approvedBy: string; reason: string }>(extendInvestigation);
  readonly recordEmployerHeard = this.take<{ heardOn: string; statement: string; waived: boolean }>(
    recordEmployerHeard,
  );
  readonly issueCorrectionOrder = this.take<{ corrections: string[]; correctBy: string; wagesOrderedFen: number }>(
    issueCorrectionOrder,
  );
  readonly recordComplianceCheck = this.take<{ complied: boolean; note: string }>(recordComplianceCheck);
  readonly issuePenaltyDecision = this.take<{
    violationBasis: string;
    penaltyBasis: string;
    fineFen: number;
    facts: string;
  }>(issuePenaltyDecision);
  readonly withdrawFiling = this.take<{ minor: boolean; alreadyCorrected: boolean; reason: string }>(withdrawFiling);
  readonly endInvestigation = this.take<{ reason: string }>(endInvestigation);
  readonly transferToPublicSecurity = this.take<{ reason: string }>(transferToPublicSecurity);
  readonly proposeArrearsListing = this.take<{ grounds: string; seriousSocialImpact: boolean }>(proposeArrearsListing);
  readonly decideArrearsListing = this.take<{ list: boolean; employerStatement: string; reason: string }>(
    decideArrearsListing,
  );
}
