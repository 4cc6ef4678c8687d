import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { isKnownCounty } from '@onewindow/county';
import { requireCounty } from '@onewindow/service-runtime';
import { createMediatorPool, InvalidMediationInputError, type MediatorKind } from '../domain';
import { requireMayKeepRoll } from './case-access';
import { MEDIATOR_ROLL, type MediatorRoll, type MediatorRollEntry } from './mediation-case.repository';

export interface EnrolmentRequest {
  countyCode: string;
  staffUserId: string;
  name: string;
  kind: MediatorKind;
  active: boolean;
}

/**
 * The county's mediator roll (调解员名册): the center's HR&SS mediators, trade-union mediators,
 * court-appointed (特邀) mediators and people's mediation committees. A staff user holding other posts
 * (一人多岗) may be on it; taking someone off the roll leaves their open cases with them.
 */
@Injectable()
export class MediatorRollUseCase {
  constructor(@Inject(MEDIATOR_ROLL) private readonly roll: MediatorRoll) {}

  async list(caller: Caller, countyCode: string): Promise<MediatorRollEntry[]> {
    if (!isKnownCounty(countyCode)) {
      throw new InvalidMediationInputError('countyCode', `"${countyCode}" is not a county this center serves`);
    }
    requireCounty(caller, countyCode);
    return this.roll.list(countyCode);
  }

  async enrol(caller: Caller, request: EnrolmentRequest): Promise<MediatorRollEntry> {
    if (!isKnownCounty(request.countyCode)) {
      throw new InvalidMediationInputError('countyCode', `"${request.countyCode}" is not a county this center serves`);
    }
    requireMayKeepRoll(caller, request.countyCode);
    // The pool's own rules check the entry (id, name, kind, county) before it is kept.
    try {
      createMediatorPool(request.countyCode, [
        {
          staffUserId: request.staffUserId,
          name: request.name,
          kind: request.kind,
          countyCode: request.countyCode,
          openCases: 0,
        },
      ]);
    } catch (error) {
      if (!(error instanceof InvalidMediationInputError)) throw error;
      throw new InvalidMediationInputError(error.field.replace(/^mediators\[0\]\./, ''), error.description);
    }
    return this.roll.enrol({
      countyCode: request.countyCode,
      staffUserId: request.staffUserId,
      name: request.name.trim(),
      kind: request.kind,
      active: request.active,
    });
  }
}
