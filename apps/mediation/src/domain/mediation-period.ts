// The mediation period (调解期限), 劳动争议调解仲裁法 Art. 14 para 3: when no agreement is reached within
// 15 days of the mediation organisation receiving the application (自劳动争议调解组织收到调解申请之日起
// 十五日内未达成调解协议的), the parties may apply for arbitration. Counted as every OneWindow period is
// (@onewindow/calendar): calendar days, the day of receipt not counted, a last day on a rest day moves to
// the next working day (民事诉讼法 Art. 85).
// Extension: only when both parties agree (企业劳动争议协商调解规定, 人社部令第17号, Art. 26: 双方当事人同意
// 延期的可以延长). The law sets no length, so the parties' new day is recorded as agreed; it may only
// lengthen the period, and must be agreed while the period still runs: once it has lapsed the mediation
// counts as failed (same Art. 26: 视为调解不成) and the worker's way to arbitration is open.
import {
  CHINA_HOLIDAY_SCHEDULE,
  compareIsoDates,
  computeDeadline,
  DeadlineRule,
  HolidaySchedule,
  IsoDate,
} from '@onewindow/calendar';
import { InvalidMediationInputError, MediationPreconditionError, MediationParty } from './mediation.errors';
import {
  assertCounty,
  assertDate,
  assertId,
  assertInstant,
  CountyCode,
  dayInChina,
  Instant,
} from './mediation-input.validation';

export interface MediationDeadlineRule extends DeadlineRule {
  /** what is due, in Chinese, for the timeline (proto Deadline.label) */
  readonly label: string;
}

export const MEDIATION_PERIOD_CITATION =
  '《劳动争议调解仲裁法》第十四条第三款；《中华人民共和国民事诉讼法》第八十五条（期间计算）';
export const MEDIATION_EXTENSION_CITATION =
  '《企业劳动争议协商调解规定》（人力资源和社会保障部令第17号）第二十六条（双方当事人同意延期的可以延长）';

export const MEDIATION_PERIOD_RULE: MediationDeadlineRule = Object.freeze<MediationDeadlineRule>({
  id: 'mediation.agreement-period',
  label: '自收到调解申请之日起十五日内达成调解协议，逾期未达成的当事人可以申请仲裁',
  period: { amount: 15, unit: 'CALENDAR_DAYS' },
  citation: MEDIATION_PERIOD_CITATION,
});

/** One party's agreement to extend, as recorded by staff. */
export interface ExtensionConsent {
  readonly party: MediationParty;
  readonly agreedAt: Instant;
  /** the staff user who recorded it (一人多岗: any post may record) */
  readonly recordedBy: string;
}

export interface MediationExtension {
  readonly previousDueOn: IsoDate;
  readonly newDueOn: IsoDate;
  readonly consents: readonly [ExtensionConsent, ExtensionConsent];
  readonly recordedAt: Instant;
  readonly citation: string;
}

export interface MediationPeriod {
  readonly countyCode: CountyCode;
  readonly ruleId: string;
  readonly label: string;
  /** the day the mediation organisation received the application (not counted) */
  readonly receivedOn: IsoDate;
  /** the statutory last day, already moved off a rest day */
  readonly statutoryDueOn: IsoDate;
  /** the last day now in force: the statutory one, or the latest agreed extension */
  readonly dueOn: IsoDate;
  /** true when a holiday notice not yet loaded could still move statutoryDueOn */
  readonly provisional: boolean;
  readonly citation: string;
  readonly notes: readonly string[];
  readonly extensions: readonly MediationExtension[];
}

export function mediationPeriod(
  input: { readonly countyCode: CountyCode; readonly receivedOn: IsoDate },
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): MediationPeriod {
  assertCounty(input.countyCode, 'countyCode');
  assertDate(input.receivedOn, 'receivedOn');
  const deadline = computeDeadline(MEDIATION_PERIOD_RULE, input.receivedOn, schedule);
  return {
    countyCode: input.countyCode,
    ruleId: MEDIATION_PERIOD_RULE.id,
    label: MEDIATION_PERIOD_RULE.label,
    receivedOn: input.receivedOn,
    statutoryDueOn: deadline.due,
    dueOn: deadline.due,
    provisional: deadline.provisional,
    citation: deadline.citation,
    notes: deadline.notes,
    extensions: [],
  };
}

export interface ExtensionRequest {
  readonly newDueOn: IsoDate;
  readonly consents: readonly ExtensionConsent[];
  readonly recordedAt: Instant;
}

/** The period with a new last day both parties agreed to; refuses anything less. */
export function extendMediationPeriod(period: MediationPeriod, request: ExtensionRequest): MediationPeriod {
  assertDate(request.newDueOn, 'newDueOn');
  assertInstant(request.recordedAt, 'recordedAt');
  if (!Array.isArray(request.consents)) throw new InvalidMediationInputError('consents', 'must be a list');
  request.consents.forEach((consent, i) => {
    if (consent?.party !== 'WORKER' && consent?.party !== 'EMPLOYER') {
      throw new InvalidMediationInputError(
        `consents[${i}].party`,
        `must be WORKER or EMPLOYER; got ${String(consent?.party)}`,
      );
    }
    assertInstant(consent.agreedAt, `consents[${i}].agreedAt`);
    assertId(consent.recordedBy, `consents[${i}].recordedBy`);
  });
  const worker = request.consents.find((c) => c.party === 'WORKER');
  const employer = request.consents.find((c) => c.party === 'EMPLOYER');
  if (!worker || !employer || request.consents.length !== 2) {
    const missing = [!worker && 'the worker (劳动者)', !employer && 'the employer (用人单位)'].filter(Boolean);
    throw new MediationPreconditionError(
      'consents',
      missing.length > 0
        ? `an extension needs both parties' agreement (双方当事人同意延期); missing: ${missing.join(' and ')}`
        : 'give exactly one consent per party',
    );
  }
  if (compareIsoDates(request.newDueOn, period.dueOn) <= 0) {
    throw new InvalidMediationInputError(
      'newDueOn',
      `an extension must end after the current last day ${period.dueOn}; ${request.newDueOn} would not lengthen the period`,
    );
  }
  for (const [i, consent] of request.consents.entries()) {
    const day = dayInChina(consent.agreedAt);
    if (compareIsoDates(day, period.receivedOn) < 0 || compareIsoDates(day, period.dueOn) > 0) {
      throw new MediationPreconditionError(
        `consents[${i}].agreedAt`,
        `the extension must be agreed while the period runs (${period.receivedOn} to ${period.dueOn}); on ${day} the ` +
          'mediation had already failed (视为调解不成) and arbitration is open',
      );
    }
  }
  const extension: MediationExtension = {
    previousDueOn: period.dueOn,
    newDueOn: request.newDueOn,
    consents: [worker, employer],
    recordedAt: request.recordedAt,
    citation: MEDIATION_EXTENSION_CITATION,
  };
  return { ...period, dueOn: request.newDueOn, extensions: [...period.extensions, extension] };
}

export type MediationPeriodState = 'RUNNING' | 'LAST_DAY' | 'LAPSED';

/** LAPSED from the day after the last day: without an agreement, arbitration is open (Art. 14). */
export function mediationPeriodState(period: MediationPeriod, today: IsoDate): MediationPeriodState {
  assertDate(today, 'today');
  const c = compareIsoDates(today, period.dueOn);
  return c < 0 ? 'RUNNING' : c === 0 ? 'LAST_DAY' : 'LAPSED';
}
