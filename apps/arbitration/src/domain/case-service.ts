// Service (送达) of the application copy and the defence (答辩), 劳动争议调解仲裁法 Art. 30; 办案规则 Art. 33:
// the commission serves the copy on the respondent within 5 days of acceptance; the respondent files a
// defence within 10 days of receiving it; the commission serves the defence copy on the applicant within
// 5 days of receiving it; a respondent who files none, or files late, does not stop the case
// (被申请人未提交答辩书的，不影响仲裁程序的进行). “五日”、“十日” are working days (办案规则 Art. 80).
// How a document is served (办案规则 Art. 20; 民事诉讼法 Arts. 87–95 by reference):
// - by post: served on the day the return receipt was signed (签收日期);
// - in person: served on the day the recipient signed the service receipt (送达回证, 民事诉讼法 Art. 87);
// - electronically only where the recipient agreed (经受送达人同意, 民事诉讼法 Art. 90): an SMS with a link
//   and a one-time code; the code entered back confirms receipt (能够确认其收悉), and the document is
//   served on the day the message reached the recipient's system (以送达信息到达受送达人特定系统的日期为送达日期).
//   The code itself is never kept: only that it was checked, when, and whether it matched.
import { CHINA_HOLIDAY_SCHEDULE, compareIsoDates, HolidaySchedule, IsoDate, todayInChina } from '@onewindow/calendar';
import {
  ArbitrationDeadline,
  ArbitrationDeadlineRule,
  computeArbitrationDeadline,
  DEFAULT_ARBITRATION_DEADLINE_RULES,
} from './arbitration-deadline-rules';
import { InvalidProceedingsInputError, ProceedingsPreconditionError } from './proceedings.errors';
import {
  assertBoolean,
  assertClock,
  assertCountyCode,
  assertIdValue,
  assertInstantValue,
  assertIsoDate,
  assertObject,
  assertOneOf,
  assertTextValue,
  checkedHttpsLink,
  chinaDayOf,
  IsoInstant,
} from './proceedings-input.validation';
import { CountyCode } from './matter-content';

const LAW = '《劳动争议调解仲裁法》';
const RULES_2017 = '《劳动人事争议仲裁办案规则》（人社部令第33号）';

export const SERVICE_CITATION = `${LAW}第三十条；${RULES_2017}第二十条、第三十三条`;
export const ELECTRONIC_SERVICE_CITATION =
  '《中华人民共和国民事诉讼法》第九十条（经受送达人同意，可以采用能够确认其收悉的电子方式送达；以送达信息到达受送达人特定系统的日期为送达日期）';
export const LATE_DEFENCE_CITATION = `${LAW}第三十条（被申请人未提交答辩书的，不影响仲裁程序的进行）`;

/** The copy served on the respondent within 5 working days of acceptance (the existing rule). */
export const APPLICATION_COPY_SERVICE_RULE: ArbitrationDeadlineRule =
  DEFAULT_ARBITRATION_DEADLINE_RULES.respondentCopyService;

export const DEFENCE_RULE: ArbitrationDeadlineRule = Object.freeze<ArbitrationDeadlineRule>({
  id: 'arbitration.defence',
  label: '被申请人提交答辩书（收到仲裁申请书副本后十日内）',
  period: { amount: 10, unit: 'WORKING_DAYS' },
  citation: `${LAW}第三十条；${RULES_2017}第三十三条；${RULES_2017}第八十条（“十日”指工作日）`,
});

export const DEFENCE_COPY_SERVICE_RULE: ArbitrationDeadlineRule = Object.freeze<ArbitrationDeadlineRule>({
  id: 'arbitration.defence-copy-service',
  label: '向申请人送达答辩书副本（收到答辩书后五日内）',
  period: { amount: 5, unit: 'WORKING_DAYS' },
  citation: `${LAW}第三十条；${RULES_2017}第三十三条；${RULES_2017}第八十条（“五日”指工作日）`,
});

export const SERVICE_METHODS = ['POST', 'IN_PERSON', 'ELECTRONIC'] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];

/** The recipient's agreement to electronic service, as recorded by staff (受送达人同意电子送达). */
export interface ElectronicServiceConsent {
  readonly agreedAt: IsoInstant;
  /** the mobile number the recipient gave for the SMS with the link and the one-time code */
  readonly mobile: string;
  readonly recordedBy: string;
}

export interface OneTimeCodeCheck {
  /** when the recipient entered the code at the link */
  readonly checkedAt: IsoInstant;
  /** whether it matched the code sent (the service compares; the code is never stored) */
  readonly matched: boolean;
}

export type Delivery =
  | { readonly method: 'POST'; readonly trackingNumber: string; readonly receivedOn: IsoDate }
  | { readonly method: 'IN_PERSON'; readonly receivedOn: IsoDate; readonly signedBy: string }
  | {
      readonly method: 'ELECTRONIC';
      /** the https link the SMS carried to the document */
      readonly link: string;
      readonly sentAt: IsoInstant;
      /** when the SMS reached the recipient's phone (the operator's delivery report) */
      readonly deliveredAt: IsoInstant;
      readonly codeCheck: OneTimeCodeCheck;
    };

export interface ServiceContext {
  readonly countyCode: CountyCode;
  readonly acceptedOn: IsoDate;
  /** the service's clock: nothing is served in the future */
  readonly now: Date;
  /** the respondent's agreement to electronic service, when there is one */
  readonly electronicConsent?: ElectronicServiceConsent;
}

export interface ApplicationCopyService {
  readonly countyCode: CountyCode;
  readonly document: '仲裁申请书副本';
  readonly recipient: 'RESPONDENT';
  readonly delivery: Delivery;
  /** 送达日期: the day the receipt was signed, or the day the SMS reached the recipient */
  readonly servedOn: IsoDate;
  /** the last day the commission had to serve it (5 working days after acceptance) */
  readonly dueOn: IsoDate;
  /** served after dueOn: the commission was late, the service still stands */
  readonly servedLate: boolean;
  /** the respondent's 10 working days for the defence, from the day after servedOn */
  readonly defenceDue: ArbitrationDeadline;
  readonly notes: readonly string[];
  readonly citation: string;
}

/** The deadline for serving the application copy on the respondent: 5 working days after acceptance. */
export function applicationCopyServiceDue(
  acceptedOn: IsoDate,
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): ArbitrationDeadline {
  assertIsoDate(acceptedOn, 'acceptedOn');
  return computeArbitrationDeadline(APPLICATION_COPY_SERVICE_RULE, acceptedOn, schedule);
}

/** The respondent's defence deadline: 10 working days after the day the copy was served. */
export function defenceDue(servedOn: IsoDate, schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE): ArbitrationDeadline {
  assertIsoDate(servedOn, 'servedOn');
  return computeArbitrationDeadline(DEFENCE_RULE, servedOn, schedule);
}

/** The service of the application copy, checked; electronic only where the respondent agreed. */
export function recordApplicationCopyService(
  input: { readonly countyCode: CountyCode; readonly delivery: Delivery },
  context: ServiceContext,
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): ApplicationCopyService {
  assertObject(input, 'input');
  assertCountyCode(input.countyCode, 'countyCode');
  assertObject(context, 'context');
  assertIsoDate(context.acceptedOn, 'acceptedOn');
  assertClock(context.now);
  if (context.countyCode !== input.countyCode) {
    throw new InvalidProceedingsInputError(
      'countyCode',
      `the service's county ${input.countyCode} is not the case's ${String(context.countyCode)}`,
    );
  }
  const delivery = checkedDelivery(input.delivery, 'delivery', context);
  const servedOn = servedOnOf(delivery);
  const due = applicationCopyServiceDue(context.acceptedOn, schedule);
  const servedLate = compareIsoDates(servedOn, due.dueOn) > 0;
  return {
    countyCode: input.countyCode,
    document: '仲裁申请书副本',
    recipient: 'RESPONDENT',
    delivery,
    servedOn,
    dueOn: due.dueOn,
    servedLate,
    defenceDue: defenceDue(servedOn, schedule),
    notes: servedLate ? [`仲裁申请书副本于 ${servedOn} 送达，晚于受理后五日的送达期限 ${due.dueOn}`] : [],
    citation:
      delivery.method === 'ELECTRONIC' ? `${SERVICE_CITATION}；${ELECTRONIC_SERVICE_CITATION}` : SERVICE_CITATION,
  };
}

export interface Defence {
  readonly countyCode: CountyCode;
  readonly submittedOn: IsoDate;
  readonly dueOn: IsoDate;
  /** filed after dueOn: recorded as late, the case goes on */
  readonly late: boolean;
  /** the commission serves its copy on the applicant within 5 working days of receiving it */
  readonly copyToApplicantDue: ArbitrationDeadline;
  readonly notes: readonly string[];
  readonly citation: string;
}

/** The respondent's defence (答辩书) as received; a late one is recorded as late, never refused. */
export function recordDefence(
  service: ApplicationCopyService,
  input: { readonly submittedOn: IsoDate },
  context: { readonly now: Date },
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): Defence {
  assertObject(input, 'input');
  assertIsoDate(input.submittedOn, 'submittedOn');
  assertClock(context?.now);
  if (!service || service.recipient !== 'RESPONDENT') {
    throw new ProceedingsPreconditionError(
      'submittedOn',
      'the application copy has not been served on the respondent; record its service first',
    );
  }
  if (compareIsoDates(input.submittedOn, service.servedOn) < 0) {
    throw new InvalidProceedingsInputError(
      'submittedOn',
      `${input.submittedOn} is before the application copy was served (${service.servedOn})`,
    );
  }
  const today = todayInChina(context.now);
  if (compareIsoDates(input.submittedOn, today) > 0) {
    throw new InvalidProceedingsInputError('submittedOn', `${input.submittedOn} is after today (${today})`);
  }
  const dueOn = service.defenceDue.dueOn;
  const late = compareIsoDates(input.submittedOn, dueOn) > 0;
  return {
    countyCode: service.countyCode,
    submittedOn: input.submittedOn,
    dueOn,
    late,
    copyToApplicantDue: computeArbitrationDeadline(DEFENCE_COPY_SERVICE_RULE, input.submittedOn, schedule),
    notes: late
      ? [`答辩书于 ${input.submittedOn} 提交，已逾答辩期限 ${dueOn}，记为逾期答辩，不影响仲裁程序的进行`]
      : [],
    citation: late ? `${DEFENCE_RULE.citation}；${LATE_DEFENCE_CITATION}` : DEFENCE_RULE.citation,
  };
}

export type DefenceState = 'AWAITED' | 'FILED' | 'FILED_LATE' | 'NOT_FILED_IN_TIME';

/**
 * Where the defence stands on `today`. None of these stops the case: with no defence by the due day
 * the tribunal goes on (Art. 30), so the state is for the file and the timeline only.
 */
export function defenceStateOn(service: ApplicationCopyService, today: IsoDate, defence?: Defence): DefenceState {
  assertIsoDate(today, 'today');
  if (defence) return defence.late ? 'FILED_LATE' : 'FILED';
  return compareIsoDates(today, service.defenceDue.dueOn) > 0 ? 'NOT_FILED_IN_TIME' : 'AWAITED';
}

function servedOnOf(delivery: Delivery): IsoDate {
  return delivery.method === 'ELECTRONIC' ? chinaDayOf(delivery.deliveredAt) : delivery.receivedOn;
}

function checkedDelivery(value: unknown, field: string, context: ServiceContext): Delivery {
  assertObject(value, field);
  assertOneOf(value.method, SERVICE_METHODS, `${field}.method`);
  const today = todayInChina(context.now);
  const notBeforeAcceptance = (day: IsoDate, at: string): void => {
    if (compareIsoDates(day, context.acceptedOn) < 0) {
      throw new InvalidProceedingsInputError(at, `${day} is before the case was accepted (${context.acceptedOn})`);
    }
    if (compareIsoDates(day, today) > 0) throw new InvalidProceedingsInputError(at, `${day} is after today (${today})`);
  };

  if (value.method === 'POST' || value.method === 'IN_PERSON') {
    assertIsoDate(value.receivedOn, `${field}.receivedOn`);
    notBeforeAcceptance(value.receivedOn, `${field}.receivedOn`);
    if (value.method === 'POST') {
      assertTextValue(value.trackingNumber, `${field}.trackingNumber`, { min: 6, max: 40 });
      return { method: 'POST', trackingNumber: value.trackingNumber.trim(), receivedOn: value.receivedOn };
    }
    assertTextValue(value.signedBy, `${field}.signedBy`, { min: 1, max: 100 });
    return { method: 'IN_PERSON', receivedOn: value.receivedOn, signedBy: value.signedBy.trim() };
  }

  // Electronic: check the shape of everything first, then the order of the times, then the consent.
  const link = checkedHttpsLink(value.link, `${field}.link`);
  assertInstantValue(value.sentAt, `${field}.sentAt`);
  assertInstantValue(value.deliveredAt, `${field}.deliveredAt`);
  assertObject(value.codeCheck, `${field}.codeCheck`);
  const codeCheck = value.codeCheck;
  assertInstantValue(codeCheck.checkedAt, `${field}.codeCheck.checkedAt`);
  assertBoolean(codeCheck.matched, `${field}.codeCheck.matched`);
  const consent = context.electronicConsent;
  if (consent !== undefined) {
    assertObject(consent, 'electronicConsent');
    assertInstantValue(consent.agreedAt, 'electronicConsent.agreedAt');
    assertTextValue(consent.mobile, 'electronicConsent.mobile', { min: 11, max: 11 });
    if (!/^1\d{10}$/.test(consent.mobile)) {
      throw new InvalidProceedingsInputError(
        'electronicConsent.mobile',
        'must be a mainland mobile number of 11 digits',
      );
    }
    assertIdValue(consent.recordedBy, 'electronicConsent.recordedBy');
  }
  const sentAt = Date.parse(value.sentAt);
  const deliveredAt = Date.parse(value.deliveredAt);
  const checkedAt = Date.parse(codeCheck.checkedAt);
  notBeforeAcceptance(chinaDayOf(value.sentAt), `${field}.sentAt`);
  if (deliveredAt < sentAt) {
    throw new InvalidProceedingsInputError(
      `${field}.deliveredAt`,
      `${value.deliveredAt} is before the SMS was sent (${value.sentAt})`,
    );
  }
  if (checkedAt < deliveredAt) {
    throw new InvalidProceedingsInputError(
      `${field}.codeCheck.checkedAt`,
      `${codeCheck.checkedAt} is before the SMS reached the recipient (${value.deliveredAt})`,
    );
  }
  if (checkedAt > context.now.getTime()) {
    throw new InvalidProceedingsInputError(`${field}.codeCheck.checkedAt`, `${codeCheck.checkedAt} is in the future`);
  }
  if (consent === undefined) {
    throw new ProceedingsPreconditionError(
      `${field}.method`,
      'the respondent has not agreed to electronic service (经受送达人同意, 民事诉讼法第九十条); serve by post or in person, ' +
        'or record the agreement first',
    );
  }
  if (Date.parse(consent.agreedAt) > sentAt) {
    throw new ProceedingsPreconditionError(
      `${field}.sentAt`,
      `the SMS was sent at ${value.sentAt}, before the respondent agreed to electronic service at ${consent.agreedAt}`,
    );
  }
  if (!codeCheck.matched) {
    throw new ProceedingsPreconditionError(
      `${field}.codeCheck.matched`,
      'the one-time code entered did not match: receipt is not confirmed (能够确认其收悉), so the copy is not served; ' +
        'send a new code or serve by post or in person',
    );
  }
  return {
    method: 'ELECTRONIC',
    link,
    sentAt: value.sentAt,
    deliveredAt: value.deliveredAt,
    codeCheck: { checkedAt: codeCheck.checkedAt, matched: true },
  };
}
