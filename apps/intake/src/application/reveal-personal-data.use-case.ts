import { Inject, Injectable } from '@nestjs/common';
import { type Caller, maySeePersonalData, REPORTER_REVEALING_ROLES, ROLE_NAMES_ZH } from '@onewindow/access';
import { permissionDenied } from '@onewindow/service-runtime';
import { type PersonalData, reporterIsSealed } from '../domain';
import { FindMattersUseCase, MatterStateError } from './find-matters.use-case';
import { isPortal } from './matter-access';
import { MATTER_REPOSITORY, MatterRepository } from './matter.repository';

/**
 * The worker's whole identity number, birth date and phone and the witnesses' contacts (个人信息查看):
 * for the posts that work with the worker, in the matter's county; the portal gets the phone only, to
 * send the worker a tracking code. A report's reporter (举报人) is kept confidential (劳动保障监察条例 Art. 9):
 * only an inspector sees who it was. The gateway records every look in the audit log.
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
    const sealedReporter = reporterIsSealed(matter.content);
    if (
      staffMayRead &&
      sealedReporter &&
      !caller.roles.some((role) => REPORTER_REVEALING_ROLES.includes(role as never))
    ) {
      throw permissionDenied(
        `matter ${matter.number} is a report: its reporter is kept confidential (劳动保障监察条例第九条) and shown only to ` +
          REPORTER_REVEALING_ROLES.map((role) => `${ROLE_NAMES_ZH[role]}（${role}）`).join('、'),
      );
    }
    const whole = await this.matters.personalData(matter.id);
    if (!whole) throw new MatterStateError(`matter ${matter.number} has no sealed personal data on record`);
    return staffMayRead ? whole : { identityNumber: '', birthDate: '', phone: whole.phone, witnessContacts: [] };
  }
}
