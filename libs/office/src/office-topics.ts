import { Topics } from '@onewindow/contracts';

/**
 * The offices that run as OneWindow services, by the referral target they answer for, and the topic
 * each announces its answers on (the office contract). Routing consumes these topics; an office's
 * answer counts only for referrals addressed to that office.
 */
export const OFFICE_TOPICS = {
  ARBITRATION: Topics.arbitrationCases,
  MEDIATION: Topics.mediationCases,
  INSPECTION: Topics.inspectionCases,
  LABOR_RELATIONS_SUPERVISION: Topics.laborRelationsSupervision,
} as const;

export type OfficeTarget = keyof typeof OFFICE_TOPICS;

/** The office whose topic an event came from (consumed topics carry the environment's prefix). */
export function officeOfTopic(consumedTopic: string): OfficeTarget | undefined {
  return (Object.keys(OFFICE_TOPICS) as OfficeTarget[]).find((office) => consumedTopic.endsWith(OFFICE_TOPICS[office]));
}
