import { compareIsoDates, todayInChina } from '@onewindow/calendar';
import type { DeadlineWatch } from '@onewindow/deadlines';
import {
  INSTALMENT_DEADLINE,
  instalmentDeadlineSubject,
  MEDIATION_PERIOD_DEADLINE,
  periodDeadlineSubject,
} from '../domain/watched-mediation-deadlines';
import type {
  MediationCaseListing,
  MediationCaseRecord,
  MediationCaseRepository,
  MediationEvent,
  NumberSequence,
} from './mediation-case.repository';
import { performanceOf } from './performance.use-case';

/**
 * A case's saved events drive its watched deadlines: the 调解建议书 starts the 15-day period, an agreed
 * extension replaces it, the sealed agreement meets it and starts one deadline per instalment, a
 * payment in full meets its instalment's, and the end of the case cancels what is still running —
 * except the deadline whose breach ended it, which the watch records as breached. Registered after the
 * case is saved: a deadline never exists for a change that was not made.
 */
export class MediationDeadlines {
  constructor(private readonly watch: DeadlineWatch) {}

  async follow(record: MediationCaseRecord, events: readonly MediationEvent[]) {
    const ids = { countyCode: record.countyCode, matterId: record.matterId, matterNumber: record.matterNumber };
    const today = todayInChina(new Date());
    for (const event of events) {
      switch (event.kind) {
        case 'RECOMMENDATION_ISSUED':
          await this.watch.register(MEDIATION_PERIOD_DEADLINE, {
            ...ids,
            subjectId: record.periodDeadlineSubject,
            dueOn: record.period.dueOn,
            provisional: record.period.provisional,
          });
          break;
        case 'PERIOD_EXTENDED': {
          const previous = periodDeadlineSubject(record.caseId, record.period.extensions.length - 1);
          await this.watch.cancel(MEDIATION_PERIOD_DEADLINE, previous, `双方同意延长调解期限至 ${record.period.dueOn}`);
          await this.watch.register(MEDIATION_PERIOD_DEADLINE, {
            ...ids,
            subjectId: record.periodDeadlineSubject,
            dueOn: record.period.dueOn,
            legalBasis: record.period.extensions.at(-1)!.citation,
          });
          break;
        }
        case 'AGREEMENT_SEALED':
          await this.watch.meet(
            MEDIATION_PERIOD_DEADLINE,
            record.periodDeadlineSubject,
            `调解协议书 ${record.agreementNumber}`,
          );
          for (const [index, instalment] of record.agreement!.instalments.entries()) {
            await this.watch.register(INSTALMENT_DEADLINE, {
              ...ids,
              subjectId: instalmentDeadlineSubject(record.caseId, index),
              dueOn: instalment.dueOn,
            });
          }
          break;
        case 'PAYMENT_RECORDED':
          for (const instalment of performanceOf(record, today)?.instalments ?? []) {
            if (instalment.status !== 'PAID') continue;
            await this.watch.meet(
              INSTALMENT_DEADLINE,
              instalmentDeadlineSubject(record.caseId, instalment.instalmentIndex),
              '已按期足额履行',
            );
          }
          break;
        case 'CONCLUDED': {
          const reason = `调解已终结（${record.status}）`;
          if (record.outcome?.kind !== 'FAILED' || record.outcome.failure !== 'NO_AGREEMENT_IN_PERIOD') {
            await this.watch.cancel(MEDIATION_PERIOD_DEADLINE, record.periodDeadlineSubject, reason);
          }
          // An instalment already past its day on the day the case ended is the one whose breach ended it.
          for (const [index, instalment] of (record.agreement?.instalments ?? []).entries()) {
            if (compareIsoDates(instalment.dueOn, record.concludedOn || today) >= 0) {
              await this.watch.cancel(INSTALMENT_DEADLINE, instalmentDeadlineSubject(record.caseId, index), reason);
            }
          }
          break;
        }
        default:
          break;
      }
    }
  }
}

/** The case repository, with every save followed by the case's deadlines (the use cases stay as they are). */
export class DeadlineFollowingMediationRepository implements MediationCaseRepository {
  constructor(
    private readonly cases: MediationCaseRepository,
    private readonly deadlines: MediationDeadlines,
  ) {}

  nextNumber(sequence: NumberSequence, countyCode: string, year: number) {
    return this.cases.nextNumber(sequence, countyCode, year);
  }

  async saveAndAnnounce(record: MediationCaseRecord, events: MediationEvent[]) {
    const saved = await this.cases.saveAndAnnounce(record, events);
    // A redelivered referral: registering again changes nothing, and covers a crash right after the save.
    await this.deadlines.follow(record, events);
    return saved;
  }

  async saveChanges(record: MediationCaseRecord, expectedVersion: number, events: MediationEvent[]) {
    await this.cases.saveChanges(record, expectedVersion, events);
    await this.deadlines.follow(record, events);
  }

  findById(caseId: string) {
    return this.cases.findById(caseId);
  }

  findLatestByMatter(matterId: string) {
    return this.cases.findLatestByMatter(matterId);
  }

  list(listing: MediationCaseListing) {
    return this.cases.list(listing);
  }

  everyCaseOf(countyCodes: readonly string[]) {
    return this.cases.everyCaseOf(countyCodes);
  }
}
