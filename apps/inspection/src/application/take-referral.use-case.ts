import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { isIsoDate, todayInChina } from '@onewindow/calendar';
import { isKnownCounty } from '@onewindow/county';
import type { OfficeReferral } from '@onewindow/office';
import {
  caseFromReferral,
  checkViolations,
  type EmployerRecord,
  type InspectionCaseRecord,
  InvalidInspectionInputError,
  type NewCase,
  ownInitiativeCase,
  registerCase,
  type ViolationRecord,
} from '../domain';
import { requireMayInspect } from './case-access';
import { InspectionCaseChanges } from './inspection-case-changes';
import { INSPECTION_CASE_REPOSITORY, type InspectionCaseRepository } from './inspection-case.repository';

export interface OpenCaseRequest {
  countyCode: string;
  requestId: string;
  employer: Partial<EmployerRecord> | undefined;
  violations: ViolationRecord[];
  facts: string;
  workerCount: number;
  migrantWorker: boolean;
  origin: string;
}

/** What labor-relations supervision refers (its findings, 主动监察): one case per supervision. */
export interface SupervisionReferral {
  supervisionId: string;
  supervisionNumber: string;
  countyCode: string;
  employer: Partial<EmployerRecord> | undefined;
  breaches: string[];
  category: string;
  requestedOn: string;
}

/**
 * How cases begin: an INSPECTION referral (one case per referral, its id; the day routing issued it is
 * the day received), the office's own opening (one case per request id) and a labor-relations check's
 * findings (one case per supervision). Each is registered (登记) with its number, the acceptance period
 * watched, and routing told the referral was taken.
 */
@Injectable()
export class TakeReferralUseCase {
  constructor(
    @Inject(INSPECTION_CASE_REPOSITORY) private readonly cases: InspectionCaseRepository,
    private readonly changes: InspectionCaseChanges,
  ) {}

  async execute(referral: OfficeReferral): Promise<'saved' | 'already-recorded'> {
    if (await this.cases.findById(referral.referralId)) return 'already-recorded';
    const taken = caseFromReferral({
      ...referral,
      receivedOn: todayInChina(new Date(referral.issuedAt)),
    });
    const { saved } = await this.register(taken);
    return saved;
  }

  async open(caller: Caller, request: OpenCaseRequest): Promise<InspectionCaseRecord> {
    if (!isKnownCounty(request.countyCode)) {
      throw new InvalidInspectionInputError(
        'county_code',
        `"${request.countyCode}" is not a county this center serves`,
      );
    }
    requireMayInspect(caller, request.countyCode);
    const requestId = (request.requestId ?? '').trim();
    if (!/^[A-Za-z0-9._:-]{1,100}$/.test(requestId)) {
      throw new InvalidInspectionInputError(
        'request_id',
        'give a request id (letters, digits, . _ : -), unique per opening',
      );
    }
    const caseId = `opened:${request.countyCode}:${requestId}`;
    const existing = await this.cases.findById(caseId);
    if (existing) return existing;
    const today = this.changes.today();
    const newCase = ownInitiativeCase({
      caseId,
      countyCode: request.countyCode,
      employer: request.employer,
      violations: checkViolations(request.violations, today, false),
      facts: request.facts,
      origin: (request.origin ?? '').trim() || '日常巡视检查',
      workerCount: request.workerCount,
      migrantWorker: request.migrantWorker,
      receivedOn: today,
    });
    return (await this.register(newCase)).record;
  }

  async fromSupervision(referral: SupervisionReferral): Promise<'saved' | 'already-recorded'> {
    const caseId = `supervision:${referral.supervisionId}`;
    if (await this.cases.findById(caseId)) return 'already-recorded';
    const receivedOn = isIsoDate(referral.requestedOn) ? referral.requestedOn : this.changes.today();
    const origin = `劳动关系监管检查 ${referral.supervisionNumber}`.trim();
    const newCase = ownInitiativeCase({
      caseId,
      countyCode: referral.countyCode,
      employer: referral.employer,
      violations: referral.breaches.map((breach) => ({
        category: referral.category || 'CONTRACT',
        description: breach,
        beganOn: '',
        endedOn: '',
        continuing: false,
        amountOwedFen: 0,
      })),
      facts: `${origin}发现：${referral.breaches.join('；')}`,
      origin,
      workerCount: 1,
      migrantWorker: false,
      receivedOn,
    });
    return (await this.register(newCase)).saved;
  }

  private async register(newCase: NewCase) {
    const number = await this.changes.number('REGISTRATION', newCase.countyCode, newCase.receivedOn);
    const { record, events } = registerCase(newCase, number);
    const saved = await this.cases.saveAndAnnounce(record, events);
    if (saved === 'already-recorded') return { saved, record: (await this.cases.findById(record.caseId))! };
    return { saved, record };
  }
}
