import { Inject, Injectable } from '@nestjs/common';
import { type Caller, hasAnyRole, MATTER_READER_ROLES } from '@onewindow/access';
import { daysBetween } from '@onewindow/calendar';
import { permissionDenied, requireCounty } from '@onewindow/service-runtime';
import {
  MEDIATION_CASE_REPOSITORY,
  type MediationCaseRecord,
  type MediationCaseRepository,
  OPEN_STATUSES,
} from './mediation-case.repository';

export interface MediationStatistics {
  /** ended: resolved, failed or declined */
  concluded: number;
  /** of them, resolved by an agreement performed */
  resolved: number;
  agreements: number;
  agreementsPerformed: number;
  agreementsNotPerformed: number;
  /** mean days from receipt to the agreement's effect, in tenths (integers on the wire) */
  averageDaysToAgreementTenths: number;
  open: number;
  /** the 15-day period lapsed without an agreement (Art. 14 para 3) */
  periodBreaches: number;
}

/** The seed's 五(四) figures for mediation: success rate, days to agreement, agreements performed. */
export class MediationStatisticsTally {
  private readonly figures: MediationStatistics = {
    concluded: 0,
    resolved: 0,
    agreements: 0,
    agreementsPerformed: 0,
    agreementsNotPerformed: 0,
    averageDaysToAgreementTenths: 0,
    open: 0,
    periodBreaches: 0,
  };
  private daysToAgreement = 0;

  add(record: MediationCaseRecord): void {
    const f = this.figures;
    if (OPEN_STATUSES.includes(record.status)) f.open += 1;
    else f.concluded += 1;
    if (record.status === 'RESOLVED') f.resolved += 1;
    const failure = record.outcome?.kind === 'FAILED' ? record.outcome.failure : undefined;
    if (failure === 'NO_AGREEMENT_IN_PERIOD') f.periodBreaches += 1;
    if (record.agreement?.status === 'SEALED' && record.agreement.effectiveOn) {
      f.agreements += 1;
      this.daysToAgreement += daysBetween(record.receivedOn, record.agreement.effectiveOn);
      if (record.status === 'RESOLVED') f.agreementsPerformed += 1;
      if (failure === 'NON_PERFORMANCE') f.agreementsNotPerformed += 1;
    }
  }

  result(): MediationStatistics {
    const { agreements } = this.figures;
    return {
      ...this.figures,
      averageDaysToAgreementTenths: agreements === 0 ? 0 : Math.round((this.daysToAgreement * 10) / agreements),
    };
  }
}

@Injectable()
export class MediationStatisticsUseCase {
  constructor(@Inject(MEDIATION_CASE_REPOSITORY) private readonly cases: MediationCaseRepository) {}

  async execute(caller: Caller, countyCodes: readonly string[]): Promise<MediationStatistics> {
    if (!hasAnyRole(caller, MATTER_READER_ROLES)) throw permissionDenied('mediation figures are for staff posts');
    countyCodes.forEach((code) => requireCounty(caller, code));
    const tally = new MediationStatisticsTally();
    for await (const record of this.cases.everyCaseOf(countyCodes.length > 0 ? countyCodes : caller.counties)) {
      tally.add(record);
    }
    return tally.result();
  }
}
