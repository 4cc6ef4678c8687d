// What each post, the public portal and each Kafka topic is shown of a worker by default: the table of
// "Personal data by post" in docs/security.md, as data. The end-to-end spec checks every post's REST
// views and every topic's events against it, and that the document says the same.
import { PORTAL_ROLE, ROLES } from '@onewindow/access';
import { Topics } from '@onewindow/contracts';

export const PERSON_FIELDS = [
  'name',
  'sex',
  'age',
  'birth date',
  'identity number',
  'phone',
  'domicile',
  'witness contact',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

/**
 * shown: the whole value; masked: 4213************** / 138****5678 only; `+ on request`: the whole
 * value from RevealPersonalData (PERSONAL_DATA_ROLES of the matter's county, audited); —: not shown.
 */
export type Exposure = 'shown' | 'masked' | 'masked + on request' | 'on request' | '—';

type Row = Readonly<Record<PersonField, Exposure>>;

const WORKS_WITH_THE_WORKER: Row = {
  name: 'shown',
  sex: 'shown',
  age: 'shown',
  'birth date': 'on request',
  'identity number': 'masked + on request',
  phone: 'masked + on request',
  domicile: 'shown',
  'witness contact': 'masked + on request',
};
const DE_IDENTIFIED: Row = {
  ...WORKS_WITH_THE_WORKER,
  'birth date': '—',
  'identity number': 'masked',
  phone: 'masked',
  'witness contact': 'masked',
};
const NOTHING: Row = Object.fromEntries(PERSON_FIELDS.map((field) => [field, '—'])) as Record<PersonField, Exposure>;

export const PERSONAL_DATA_BY_POST: Readonly<Record<string, Row>> = {
  WINDOW_CLERK: WORKS_WITH_THE_WORKER,
  MEDIATOR: WORKS_WITH_THE_WORKER,
  INSPECTOR: WORKS_WITH_THE_WORKER,
  LABOR_RELATIONS_OFFICER: WORKS_WITH_THE_WORKER,
  ARBITRATOR: WORKS_WITH_THE_WORKER,
  ARBITRATION_CLERK: WORKS_WITH_THE_WORKER,
  LEGAL_AID_OFFICER: WORKS_WITH_THE_WORKER,
  PETITION_OFFICER: WORKS_WITH_THE_WORKER,
  // Matters, queues and the dashboard, de-identified; no search by identity number.
  SUPERVISOR: DE_IDENTIFIED,
  // The audit log: who did what to which matter number.
  AUDITOR: NOTHING,
  // Its referral queue: the worker's and employer's names beside the reason.
  AGENCY: { ...NOTHING, name: 'shown' },
  // The worker's own matter: number, stage, timeline; the tracking code goes to the phone on record.
  [PORTAL_ROLE]: NOTHING,
  [Topics.intakeMatters]: DE_IDENTIFIED,
  [Topics.routingReferrals]: DE_IDENTIFIED,
  [Topics.arbitrationCases]: NOTHING,
  // A mediation's steps in words: numbers, amounts, the mediator's name, never the worker's.
  [Topics.mediationCases]: NOTHING,
  // Inspection's and labor-relations supervision's steps: numbers, the employer, never a worker or reporter.
  [Topics.inspectionCases]: NOTHING,
  [Topics.laborRelationsSupervision]: NOTHING,
  // A deadline names its matter by number and id, never a person.
  [Topics.arbitrationDeadlines]: NOTHING,
  [Topics.routingDeadlines]: NOTHING,
  [Topics.mediationDeadlines]: NOTHING,
  [Topics.inspectionDeadlines]: NOTHING,
  [Topics.laborRelationsDeadlines]: NOTHING,
};

export const TABLE_ROWS: readonly string[] = [...ROLES, PORTAL_ROLE, ...Object.values(Topics)];
