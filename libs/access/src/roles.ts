// The posts (岗位) of the center and its partner agencies. One person may hold several at once
// (一人多岗: a mediator who is also a part-time inspector and arbitrator), so a user has a set of roles.
export const ROLES = [
  'WINDOW_CLERK', // 窗口受理员
  'MEDIATOR', // 调解员
  'INSPECTOR', // 劳动保障监察员
  'LABOR_RELATIONS_OFFICER', // 劳动关系监管员 (人社局劳动关系科(股), seed 四(一))
  'ARBITRATOR', // 仲裁员
  'ARBITRATION_CLERK', // 仲裁立案书记员
  'LEGAL_AID_OFFICER', // 法律援助工作人员
  'PETITION_OFFICER', // 信访工作人员
  'SUPERVISOR', // 值班主任 / 中心负责人
  'AUDITOR', // 审计员
  'AGENCY', // 协作单位（工会、司法局、法院）
] as const;
export type StaffRole = (typeof ROLES)[number];

/**
 * The public portal (网上办事) calls the services as a principal of its own, for one worker at a time:
 * registering their online application, sending the tracking code to the phone on record, showing
 * their matter and taking their rating. No user holds it.
 */
export const PORTAL_ROLE = 'PORTAL';
export type Role = StaffRole | typeof PORTAL_ROLE;

export const isStaffRole = (value: string): value is StaffRole => (ROLES as readonly string[]).includes(value);
export const isRole = (value: string): value is Role => value === PORTAL_ROLE || isStaffRole(value);

/**
 * The referral targets (routing's ReferralTarget names) each post works on: whose referrals it sees
 * in its queue and may acknowledge or report on. AGENCY users name their own target (see Caller.agency).
 */
export const REFERRAL_TARGETS_BY_ROLE: Readonly<Record<Role, readonly string[]>> = {
  PORTAL: [],
  WINDOW_CLERK: [],
  MEDIATOR: ['MEDIATION'],
  INSPECTOR: ['INSPECTION'],
  LABOR_RELATIONS_OFFICER: ['LABOR_RELATIONS_SUPERVISION'],
  ARBITRATOR: ['ARBITRATION'],
  ARBITRATION_CLERK: ['ARBITRATION'],
  LEGAL_AID_OFFICER: ['LEGAL_AID'],
  PETITION_OFFICER: ['PETITION'],
  SUPERVISOR: ['SUPERVISOR_QUEUE'],
  AUDITOR: [],
  AGENCY: [],
};

/** The agencies outside the bureau that may hold the AGENCY role, by the referral target they answer for. */
/** COURT: the court (人民法院) acknowledges the side referrals offices ask of it (支付令, 司法确认). */
export const AGENCY_TARGETS = ['TRADE_UNION', 'LEGAL_AID', 'MEDIATION', 'COURT'] as const;

/**
 * Posts that may see a worker's whole identity and phone number (个人信息查看); every look is audited.
 * The others see the masked form only.
 */
export const PERSONAL_DATA_ROLES: readonly StaffRole[] = [
  'WINDOW_CLERK',
  'MEDIATOR',
  'INSPECTOR',
  'LABOR_RELATIONS_OFFICER',
  'ARBITRATOR',
  'ARBITRATION_CLERK',
  'LEGAL_AID_OFFICER',
  'PETITION_OFFICER',
];

/**
 * The channels (受理渠道, the matter's `channel`) each post registers under: the one window records window
 * visits (一窗受理), the petition window petition visits (信访接待), the portal online applications. The
 * duty supervisor may register under any channel, e.g. a visit whose window was unstaffed, since the
 * channel decides routing (a petition visit goes to early intervention first).
 */
export const REGISTERING_CHANNELS_BY_ROLE: Readonly<Record<Role, readonly string[]>> = {
  PORTAL: ['ONLINE'],
  WINDOW_CLERK: ['WINDOW'],
  MEDIATOR: [],
  INSPECTOR: [],
  LABOR_RELATIONS_OFFICER: [],
  ARBITRATOR: [],
  ARBITRATION_CLERK: [],
  LEGAL_AID_OFFICER: [],
  PETITION_OFFICER: ['PETITION_VISIT'],
  SUPERVISOR: ['WINDOW', 'ONLINE', 'PETITION_VISIT'],
  AUDITOR: [],
  AGENCY: [],
};

/** Staff posts that register matters: those with a channel of their own. */
export const REGISTERING_ROLES: readonly StaffRole[] = ROLES.filter(
  (role) => REGISTERING_CHANNELS_BY_ROLE[role].length > 0,
);

/** The acceptance decision (受理决定) on an arbitration application is the arbitrator's (仲裁员). */
export const ACCEPTANCE_DECIDING_ROLES: readonly StaffRole[] = ['ARBITRATOR'];

/**
 * Posts that take in supplement material (补正材料) at the arbitration window for an applicant who brings
 * it; the worker may also supply it through the portal, for their own matter.
 */
export const SUPPLEMENT_RECEIVING_ROLES: readonly StaffRole[] = ['ARBITRATION_CLERK', 'ARBITRATOR'];

/**
 * The proceedings after acceptance (劳动争议调解仲裁法 Arts. 30–50). The arbitration window records what the
 * parties do: the application copy served on the respondent, the defence received, a party's challenge (回避申请),
 * a party signing for the 仲裁调解书 or going back on it. The tribunal (仲裁员) decides everything else: the
 * tribunal's composition, a challenge, the hearings and their record, the 调解书, the award, 先予执行.
 */
export const PROCEEDINGS_RECORDING_ROLES: readonly StaffRole[] = ['ARBITRATION_CLERK', 'ARBITRATOR'];
export const TRIBUNAL_ROLES: readonly StaffRole[] = ['ARBITRATOR'];

/** Who opens an arbitration case on its own (the case screen): the arbitration window, the tribunal, the duty supervisor. */
export const ARBITRATION_CASE_READER_ROLES: readonly StaffRole[] = ['ARBITRATION_CLERK', 'ARBITRATOR', 'SUPERVISOR'];

/** Who keeps and reads the hearing rooms' calendar (开庭排期): the arbitration window and the tribunal. */
export const HEARING_CALENDAR_ROLES: readonly StaffRole[] = ['ARBITRATION_CLERK', 'ARBITRATOR'];

/**
 * Posts that conduct a mediation (调解): record the employer's consent, sessions, the agreement and its
 * performance. The mediator's own acts (a signature as mediator) are checked against the case's assigned
 * mediators as well. The duty supervisor keeps the mediator roll (调解员名册) and may assign.
 */
export const MEDIATING_ROLES: readonly StaffRole[] = ['MEDIATOR'];
export const MEDIATOR_ROLL_KEEPING_ROLES: readonly StaffRole[] = ['SUPERVISOR'];

/**
 * Labor inspection (劳动保障监察): the inspector decides acceptance, investigates and decides (条例 Arts. 17–19).
 * A report's reporter (举报人, 条例 Art. 9) is revealed to the inspector alone.
 */
export const INSPECTING_ROLES: readonly StaffRole[] = ['INSPECTOR'];
export const REPORTER_REVEALING_ROLES: readonly StaffRole[] = ['INSPECTOR'];

/** Labor-relations supervision (劳动关系行政监管): layoff reports and supervisory checks (seed 四(一)). */
export const LABOR_RELATIONS_SUPERVISING_ROLES: readonly StaffRole[] = ['LABOR_RELATIONS_OFFICER'];

/** Posts that work on matters at all (search, detail, timeline). Auditors read the audit log; agencies their referrals. */
export const MATTER_READER_ROLES: readonly StaffRole[] = [...PERSONAL_DATA_ROLES, 'SUPERVISOR'];

/**
 * Posts that answer consultations (咨询解答), in their own counties, first the one window. The Suizhou
 * plan (随人社函〔2023〕36号) gives the answer to the window that takes the visitor: the arbitration
 * filing window 四(三) (对法律法规政策咨询的，作好解答工作), the petition window 四(五) (来访者政策咨询
 * 解答) and legal aid (法律援助(咨询), 五(一)1); the duty supervisor answers any left unanswered.
 */
export const CONSULTATION_ANSWERING_ROLES: readonly StaffRole[] = [
  'WINDOW_CLERK',
  'ARBITRATION_CLERK',
  'PETITION_OFFICER',
  'LEGAL_AID_OFFICER',
  'SUPERVISOR',
];

/** The posts as staff know them (Chinese), for messages a person reads and the web app's default locale. */
export const ROLE_NAMES_ZH: Readonly<Record<StaffRole, string>> = {
  WINDOW_CLERK: '窗口受理员',
  MEDIATOR: '调解员',
  INSPECTOR: '劳动保障监察员',
  LABOR_RELATIONS_OFFICER: '劳动关系监管员',
  ARBITRATOR: '仲裁员',
  ARBITRATION_CLERK: '仲裁立案书记员',
  LEGAL_AID_OFFICER: '法律援助工作人员',
  PETITION_OFFICER: '信访工作人员',
  SUPERVISOR: '值班主任',
  AUDITOR: '审计员',
  AGENCY: '协作单位',
};
