import { Inject, Injectable } from '@nestjs/common';
import { type Caller, maySeePersonalData } from '@onewindow/access';
import { permissionDenied } from '@onewindow/service-runtime';
import type { PersonalData } from '../domain';
import { FindMattersUseCase, MatterStateError } from './find-matters.use-case';
import { isPortal } from './matter-access';
import { MATTER_REPOSITORY, MatterRepository } from './matter.repository';

/**
 * The worker's whole identity number, birth date and phone and the witnesses' contacts (个人信息查看):
 * for the posts that work with the worker, in the matter's county; the portal gets the phone only, to
 * send the worker a tracking code. The gateway records every look in the audit log.
 */
@Injectable()
export class RevealPersonalDataUseCase {
  constructor(
    @Inject(MATTER_REPOSITORY) private readonly matters: MatterRepository,
    private readonly findMatters: FindMattersUseCase,
  ) {}

  async execute(caller: Caller, matterId: string, matterNumber: string): Promise<PersonalData> {
    const matter = await this.findMatters.byIdOrNumber(caller, matterId, matterNumber);
    const staffMayRead = maySeePersonalData(caller);
    if (!staffMayRead && !isPortal(caller)) {
      throw permissionDenied(`posts ${caller.roles.join(', ')} may see the personal data masked only`);
    }
    const whole = await this.matters.personalData(matter.id);
    if (!whole) throw new MatterStateError(`matter ${matter.number} has no sealed personal data on record`);
    return staffMayRead ? whole : { identityNumber: '', birthDate: '', phone: whole.phone, witnessContacts: [] };
  }
}
