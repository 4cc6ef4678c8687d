// What a signed-in person's posts let them see in the workstation, decided with the same rules the
// gateway and the services enforce (libs/access); the web only hides what would be refused anyway.
import {
  ACCEPTANCE_DECIDING_ROLES,
  ARBITRATION_CASE_READER_ROLES,
  CONSULTATION_ANSWERING_ROLES,
  HEARING_CALENDAR_ROLES,
  hasAnyRole,
  INSPECTING_ROLES,
  LABOR_RELATIONS_SUPERVISING_ROLES,
  MATTER_READER_ROLES,
  MEDIATING_ROLES,
  MEDIATOR_ROLL_KEEPING_ROLES,
  PROCEEDINGS_RECORDING_ROLES,
  REGISTERING_ROLES,
  SUPPLEMENT_RECEIVING_ROLES,
  TRIBUNAL_ROLES,
  maySeePersonalData,
  referralTargetsOf,
  type Caller,
} from '@onewindow/access';
import type { SignedInUser } from '@onewindow/gateway-api';
import type { Channel } from '@onewindow/matter';

export interface Abilities {
  intake: boolean;
  matters: boolean;
  personalData: boolean;
  queues: boolean;
  dashboard: boolean;
  audit: boolean;
  /** 调解员名册: the supervisor keeps the county's mediator roll. */
  mediators: boolean;
  /** Conducts mediations (调解): consent, sessions, the agreement, signatures, payments, court routes. */
  mediate: boolean;
  /** Assigns mediators to a case: the mediators and the supervisor who keeps the roll. */
  assignMediators: boolean;
  decideAcceptance: boolean;
  /** Takes in supplement material (补正) at the arbitration window. */
  submitSupplement: boolean;
  /** The award period of an accepted case (Art. 43): the one extension, suspension and resumption (仲裁员). */
  manageAwardPeriod: boolean;
  /** Records the applicant's withdrawal (撤回仲裁申请) at the arbitration window. */
  recordWithdrawal: boolean;
  /** Records answers to consultations (咨询解答), from its queue and the matter's page. */
  answerConsultations: boolean;
  /** Opens an arbitration case on its own screen: the arbitration window, the tribunal, the duty supervisor. */
  arbitrationCases: boolean;
  /** Records what the parties do after acceptance: service, defence, a challenge, signing for the 调解书 (仲裁院 window and tribunal). */
  recordProceedings: boolean;
  /** The tribunal's own steps (仲裁员): composition, challenge decisions, hearings, the 调解书, the award, 先予执行. */
  decideProceedings: boolean;
  /** 开庭排期: the hearing rooms' weeks. */
  hearingCalendar: boolean;
  /** 监察案件: the county's inspection cases and their screens (the inspector's, read by the duty supervisor). */
  inspectionCases: boolean;
  /** Takes an inspection case's steps (劳动保障监察员): acceptance, investigation, decisions, documents. */
  inspect: boolean;
  /** 劳动关系监管: the county's supervision matters and their screens (the officer's, read by the duty supervisor). */
  supervisionMatters: boolean;
  /** Registers layoff reports, opens checks, records findings and concludes (劳动关系监管员). */
  superviseLaborRelations: boolean;
  /** Referral targets whose referrals this person acknowledges and reports on. */
  referralTargets: readonly string[];
}

export function callerOf(user: SignedInUser): Caller {
  return {
    userId: user.username,
    roles: user.roles,
    counties: user.counties,
    ...(user.agency ? { agency: user.agency } : {}),
  };
}

export function abilitiesOf(user: SignedInUser): Abilities {
  const caller = callerOf(user);
  const referralTargets = referralTargetsOf(caller);
  const answerConsultations = hasAnyRole(caller, CONSULTATION_ANSWERING_ROLES);
  return {
    intake: hasAnyRole(caller, REGISTERING_ROLES),
    matters: hasAnyRole(caller, MATTER_READER_ROLES),
    personalData: maySeePersonalData(caller),
    // Every post with a queue works on some referral target (the supervisor's is SUPERVISOR_QUEUE) or
    // answers consultations (the one window's queue).
    queues: referralTargets.length > 0 || answerConsultations,
    dashboard: user.roles.includes('SUPERVISOR'),
    audit: user.roles.includes('AUDITOR'),
    mediators: hasAnyRole(caller, MEDIATOR_ROLL_KEEPING_ROLES),
    mediate: hasAnyRole(caller, MEDIATING_ROLES),
    assignMediators: hasAnyRole(caller, [...MEDIATING_ROLES, ...MEDIATOR_ROLL_KEEPING_ROLES]),
    decideAcceptance: hasAnyRole(caller, ACCEPTANCE_DECIDING_ROLES),
    submitSupplement: hasAnyRole(caller, SUPPLEMENT_RECEIVING_ROLES),
    // The same posts arbitration allows (award-period.use-case): the tribunal decides, the window records.
    manageAwardPeriod: hasAnyRole(caller, ACCEPTANCE_DECIDING_ROLES),
    recordWithdrawal: hasAnyRole(caller, SUPPLEMENT_RECEIVING_ROLES),
    answerConsultations,
    arbitrationCases: hasAnyRole(caller, ARBITRATION_CASE_READER_ROLES),
    recordProceedings: hasAnyRole(caller, PROCEEDINGS_RECORDING_ROLES),
    decideProceedings: hasAnyRole(caller, TRIBUNAL_ROLES),
    hearingCalendar: hasAnyRole(caller, HEARING_CALENDAR_ROLES),
    // The gateway's read rule for both offices: the post that writes, and the duty supervisor.
    inspectionCases: hasAnyRole(caller, [...INSPECTING_ROLES, 'SUPERVISOR']),
    inspect: hasAnyRole(caller, INSPECTING_ROLES),
    supervisionMatters: hasAnyRole(caller, [...LABOR_RELATIONS_SUPERVISING_ROLES, 'SUPERVISOR']),
    superviseLaborRelations: hasAnyRole(caller, LABOR_RELATIONS_SUPERVISING_ROLES),
    referralTargets,
  };
}

/** How the matter came in: the petition window (信访接待) registers visits; everyone else is the one window. */
export function intakeChannelOf(user: SignedInUser): Channel {
  return user.roles.includes('PETITION_OFFICER') && !user.roles.includes('WINDOW_CLERK') ? 'PETITION_VISIT' : 'WINDOW';
}

export type StaffScreen =
  | 'intake'
  | 'matters'
  | 'queues'
  | 'inspectionCases'
  | 'supervisionMatters'
  | 'hearingCalendar'
  | 'dashboard'
  | 'mediators'
  | 'audit';

/** The screens in menu order; the first one allowed is where sign-in lands. */
export const STAFF_SCREENS: readonly StaffScreen[] = [
  'intake',
  'queues',
  'inspectionCases',
  'supervisionMatters',
  'matters',
  'hearingCalendar',
  'dashboard',
  'mediators',
  'audit',
];

export const screensOf = (abilities: Abilities) => STAFF_SCREENS.filter((screen) => abilities[screen]);

/** Where a screen is, under /staff/: its name in kebab case (hearingCalendar → hearing-calendar). */
export const screenPath = (screen: StaffScreen): string =>
  screen.replace(/[A-Z]/g, (upper) => `-${upper.toLowerCase()}`);
