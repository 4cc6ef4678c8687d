// Who answers for a migrant worker's wages on a construction project (保障农民工工资支付条例):
// - the general contractor's own workers: the general contractor pays (清偿);
// - a subcontractor's workers: the general contractor pays first and recovers from it (先行清偿, Art. 30);
// - work contracted out to an individual or a unit without the qualification (Art. 36): the developer or
//   contractor that contracted it out pays (清偿);
// - a developer that has not paid the project funds due advances the wages, up to the unpaid amount
//   (先行垫付，以未结清的工程款为限, Art. 29).
import { requireStatus } from './case-steps';
import {
  FILED_STATUSES,
  type ConstructionProjectRecord,
  type ContractorRecord,
  type InspectionCaseRecord,
  type LiableParty,
  type StepContext,
  type StepPlan,
} from './inspection-case';
import { InspectionPreconditionError, InvalidInspectionInputError } from './inspection.errors';
import { fen, optionalText, requiredText } from './inspection-input.validation';

export const ART_29 = '《保障农民工工资支付条例》第二十九条';
export const ART_30 = '《保障农民工工资支付条例》第三十条';
export const ART_36 = '《保障农民工工资支付条例》第三十六条';
const ROLES = ['DEVELOPER', 'GENERAL_CONTRACTOR', 'SUBCONTRACTOR'] as const;

/** The project as recorded: a name, exactly one developer, one general contractor at most, a closed chain. */
export function checkConstructionProject(project: ConstructionProjectRecord | undefined): ConstructionProjectRecord {
  if (!project) throw new InvalidInspectionInputError('project', 'give the construction project');
  const name = requiredText(project.name, 'project.name', 'the project’s name', 200);
  const contractors = project.contractors ?? [];
  if (contractors.length === 0)
    throw new InvalidInspectionInputError('project.contractors', 'give the chain of contractors');
  if (contractors.length > 30) throw new InvalidInspectionInputError('project.contractors', 'at most 30 contractors');
  const checked: ContractorRecord[] = contractors.map((c, i) => {
    const field = `project.contractors[${i}]`;
    if (!(ROLES as readonly string[]).includes(c.role)) {
      throw new InvalidInspectionInputError(`${field}.role`, 'give DEVELOPER, GENERAL_CONTRACTOR or SUBCONTRACTOR');
    }
    const unpaid = fen(c.unpaidProjectFundsFen, `${field}.unpaid_project_funds_fen`);
    if (unpaid > 0 && c.role !== 'DEVELOPER') {
      throw new InvalidInspectionInputError(
        `${field}.unpaid_project_funds_fen`,
        'only the developer owes project funds (Art. 29)',
      );
    }
    return {
      role: c.role,
      name: requiredText(c.name, `${field}.name`, 'the contractor’s name', 200),
      unifiedSocialCreditCode: optionalText(c.unifiedSocialCreditCode, `${field}.unified_social_credit_code`, 18),
      engagedBy: optionalText(c.engagedBy, `${field}.engaged_by`, 200),
      unqualified: c.unqualified === true,
      unpaidProjectFundsFen: unpaid,
    };
  });
  const names = new Map<string, number>();
  checked.forEach((c, i) => {
    if (names.has(c.name))
      throw new InvalidInspectionInputError(`project.contractors[${i}].name`, `${c.name} is named twice`);
    names.set(c.name, i);
  });
  for (const role of ['DEVELOPER', 'GENERAL_CONTRACTOR'] as const) {
    const of = checked.map((c, i) => [c, i] as const).filter(([c]) => c.role === role);
    if (of.length > 1) {
      throw new InvalidInspectionInputError(
        `project.contractors[${of[1]![1]}].role`,
        `a project has one ${role} at most`,
      );
    }
  }
  // Every project has its 建设单位: Art. 29's advance and Art. 36's liability may fall on it.
  if (!checked.some((c) => c.role === 'DEVELOPER')) {
    throw new InvalidInspectionInputError('project.contractors', 'name the developer (建设单位) of the project');
  }
  checked.forEach((c, i) => {
    if (c.role !== 'SUBCONTRACTOR') return;
    const field = `project.contractors[${i}].engaged_by`;
    const engager = names.has(c.engagedBy) ? checked[names.get(c.engagedBy)!] : undefined;
    if (!engager || engager.role === 'DEVELOPER' || engager.name === c.name) {
      throw new InvalidInspectionInputError(
        field,
        `name the general contractor or subcontractor in the chain it took the work from; got "${c.engagedBy}"`,
      );
    }
    // The chain must lead up to the general contractor, not round in a circle.
    const seen = new Set<string>([c.name]);
    for (let up = engager; up.role === 'SUBCONTRACTOR'; up = checked[names.get(up.engagedBy)!]!) {
      if (seen.has(up.name))
        throw new InvalidInspectionInputError(field, `the chain of subcontracting runs in a circle through ${up.name}`);
      seen.add(up.name);
    }
  });
  const employingContractor = requiredText(
    project.employingContractor,
    'project.employing_contractor',
    'whose workers are owed',
    200,
  );
  if (!names.has(employingContractor)) {
    throw new InvalidInspectionInputError(
      'project.employing_contractor',
      `${employingContractor} is not in the chain of contractors`,
    );
  }
  if (checked[names.get(employingContractor)!]!.role === 'DEVELOPER') {
    throw new InvalidInspectionInputError(
      'project.employing_contractor',
      'name the contractor whose workers are owed, not the developer',
    );
  }
  return {
    name,
    permitNumber: optionalText(project.permitNumber, 'project.permit_number', 100),
    contractors: checked,
    employingContractor,
  };
}

/** Who answers for the arrears of the employing contractor's workers, and under which article (see above). */
export function liablePartiesFor(project: ConstructionProjectRecord): LiableParty[] {
  const byName = new Map(project.contractors.map((c) => [c.name, c] as const));
  const developer = project.contractors.find((c) => c.role === 'DEVELOPER');
  const general = project.contractors.find((c) => c.role === 'GENERAL_CONTRACTOR');
  const employing = byName.get(project.employingContractor)!;
  const parties: LiableParty[] = [];
  const add = (party: LiableParty) => {
    if (!parties.some((p) => p.name === party.name && p.liability === party.liability)) parties.push(party);
  };

  // The links from the employing contractor up to the general contractor; the highest unqualified one decides.
  const chain: ContractorRecord[] = [];
  for (let link: ContractorRecord | undefined = employing; link; ) {
    chain.push(link);
    link = link.role === 'SUBCONTRACTOR' ? byName.get(link.engagedBy) : undefined;
  }
  const unqualified = chain.filter((link) => link.unqualified).at(-1);
  if (unqualified) {
    const engager = unqualified.role === 'GENERAL_CONTRACTOR' ? developer : byName.get(unqualified.engagedBy);
    if (engager) add({ name: engager.name, role: engager.role, liability: '清偿', citation: ART_36, limitFen: 0 });
  }
  if (general) {
    if (employing.role === 'GENERAL_CONTRACTOR') {
      add({
        name: general.name,
        role: general.role,
        liability: '清偿',
        citation: '《保障农民工工资支付条例》第三条',
        limitFen: 0,
      });
    } else if (!unqualified || parties.every((p) => p.name !== general.name)) {
      add({ name: general.name, role: general.role, liability: '先行清偿', citation: ART_30, limitFen: 0 });
    }
  }
  if (developer && developer.unpaidProjectFundsFen > 0) {
    add({
      name: developer.name,
      role: developer.role,
      liability: '先行垫付（以未结清的工程款为限）',
      citation: ART_29,
      limitFen: developer.unpaidProjectFundsFen,
    });
  }
  return parties;
}

/** One sentence for the order and the timeline: who pays, how, under which article. */
export function liablePartiesSentence(parties: readonly LiableParty[]): string {
  return parties.map((p) => `由${p.name}${p.liability}（${p.citation}）`).join('；');
}

/** The project and its chain recorded on a migrant worker's wage case; the liable parties derived from it. */
export function recordConstructionProject(
  c: InspectionCaseRecord,
  input: { project: ConstructionProjectRecord | undefined },
  ctx: StepContext,
): StepPlan {
  requireStatus(c, FILED_STATUSES, 'a construction project');
  if (!c.firstContactResponsible) {
    throw new InspectionPreconditionError(
      'project',
      'the chain of contractors decides who pays a migrant worker’s wages (保障农民工工资支付条例); this case is not about one',
    );
  }
  const project = checkConstructionProject(input.project);
  const liableParties = liablePartiesFor(project);
  return {
    numbers: [],
    apply: () => ({
      record: { ...c, project, liableParties },
      events: [
        {
          kind: '工程项目',
          summary: `${ctx.today} 记录工程项目${project.name}及承包链条：${liablePartiesSentence(liableParties)}`,
        },
      ],
    }),
  };
}
