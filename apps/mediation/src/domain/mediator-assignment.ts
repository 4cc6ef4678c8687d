// Mediators and their assignment (调解员的指定).
// - Pools per county of the center's four kinds of mediator (seed 五(一)3 “人社+法院+工会”, 四(四) 诉调对接;
//   劳动争议调解仲裁法 Art. 10 on the organisations; 最高人民法院关于人民法院特邀调解的规定 for 特邀调解员).
// - One mediator or a panel, designated by the center or chosen (人民调解法 Art. 19: 指定一名或者数名人民调解员
//   进行调解，也可以由当事人选择一名或者数名人民调解员). By load: fewest open cases first, ties by staff user id
//   so the same pool always gives the same answer. By choice: named mediators of that county's pool.
// - A mediator who declared a conflict of interest with either party is never assigned: a mediator must
//   be impartial (劳动争议调解仲裁法 Art. 11 公道正派; 人民调解法 Art. 15(1) forbids 偏袒一方当事人); there
//   is no recusal article for mediators, so this follows the arbitrators' 回避 (办案规则 Art. 10) by analogy.
// - 一人多岗 (seed 五(一)2): a mediator is identified by a staff user id; the same user may hold other posts.
import type { IsoDate } from '@onewindow/calendar';
import {
  ConflictOfInterestError,
  InvalidMediationInputError,
  MediationParty,
  MediationPreconditionError,
} from './mediation.errors';
import { assertCounty, assertDate, assertId, assertParty, assertText, CountyCode } from './mediation-input.validation';

export const MEDIATOR_KINDS = [
  'HRSS_MEDIATOR', // 人社调解员
  'TRADE_UNION_MEDIATOR', // 工会调解员
  'COURT_APPOINTED_MEDIATOR', // 特邀调解员
  'PEOPLES_MEDIATION_COMMITTEE', // 人民调解委员会 (acting through the staff user who represents it)
] as const;
export type MediatorKind = (typeof MEDIATOR_KINDS)[number];

export const MEDIATOR_KIND_ZH: Record<MediatorKind, string> = {
  HRSS_MEDIATOR: '人社调解员',
  TRADE_UNION_MEDIATOR: '工会调解员',
  COURT_APPOINTED_MEDIATOR: '特邀调解员',
  PEOPLES_MEDIATION_COMMITTEE: '人民调解委员会',
};

export const ASSIGNMENT_CITATION =
  '《人民调解法》第十九条；《劳动争议调解仲裁法》第十条、第十一条；随人社函〔2023〕36号五（一）2、3';

export const MAX_PANEL_SIZE = 5;

export interface Mediator {
  readonly staffUserId: string;
  readonly name: string;
  readonly kind: MediatorKind;
  readonly countyCode: CountyCode;
  /** the cases this mediator now has open, the load assignment balances */
  readonly openCases: number;
}

export interface MediatorPool {
  readonly countyCode: CountyCode;
  readonly mediators: readonly Mediator[];
}

/** A conflict of interest (利益冲突) a mediator declared for this case, recorded with it. */
export interface ConflictDeclaration {
  readonly countyCode: CountyCode;
  readonly staffUserId: string;
  readonly party: MediationParty;
  readonly reason: string;
  readonly declaredOn: IsoDate;
}

export type AssignmentMode =
  | { readonly by: 'LOAD'; readonly panelSize?: number; readonly kinds?: readonly MediatorKind[] }
  | { readonly by: 'CHOICE'; readonly staffUserIds: readonly string[] };

export interface MediatorAssignment {
  readonly countyCode: CountyCode;
  readonly by: 'LOAD' | 'CHOICE';
  /** the presiding mediator first; a panel when more than one */
  readonly mediators: readonly Pick<Mediator, 'staffUserId' | 'name' | 'kind'>[];
  /** conflicted mediators passed over when assigning by load */
  readonly passedOver: readonly ConflictDeclaration[];
  readonly citation: string;
}

export function createMediatorPool(countyCode: CountyCode, mediators: readonly Mediator[]): MediatorPool {
  assertCounty(countyCode, 'countyCode');
  if (!Array.isArray(mediators)) throw new InvalidMediationInputError('mediators', 'must be a list');
  const seen = new Set<string>();
  mediators.forEach((m, i) => {
    const at = `mediators[${i}]`;
    assertId(m?.staffUserId, `${at}.staffUserId`);
    assertText(m.name, `${at}.name`, { max: 60 });
    if (!MEDIATOR_KINDS.includes(m.kind)) {
      throw new InvalidMediationInputError(
        `${at}.kind`,
        `must be one of ${MEDIATOR_KINDS.join(', ')}; got ${String(m.kind)}`,
      );
    }
    // A pool is one county's: a mediator of another county is assigned there, not here.
    if (m.countyCode !== countyCode) {
      throw new InvalidMediationInputError(
        `${at}.countyCode`,
        `${String(m.countyCode)} is not the pool's county ${countyCode}`,
      );
    }
    if (!Number.isSafeInteger(m.openCases) || m.openCases < 0) {
      throw new InvalidMediationInputError(`${at}.openCases`, `must be a whole number ≥ 0; got ${String(m.openCases)}`);
    }
    if (seen.has(m.staffUserId)) {
      throw new InvalidMediationInputError(`${at}.staffUserId`, `${m.staffUserId} is in the pool twice`);
    }
    seen.add(m.staffUserId);
  });
  return { countyCode, mediators: [...mediators] };
}

/** The case's declarations with one more; a second declaration for the same mediator and party is refused. */
export function recordConflictOfInterest(
  declarations: readonly ConflictDeclaration[],
  declaration: ConflictDeclaration,
): readonly ConflictDeclaration[] {
  assertDeclaration(declaration, 'declaration');
  if (declarations.some((d) => d.staffUserId === declaration.staffUserId && d.party === declaration.party)) {
    throw new MediationPreconditionError(
      'declaration',
      `mediator ${declaration.staffUserId} has already declared a conflict with this ${declaration.party === 'WORKER' ? 'worker' : 'employer'}`,
    );
  }
  return [...declarations, declaration];
}

export function assignMediators(input: {
  readonly pool: MediatorPool;
  readonly countyCode: CountyCode;
  readonly mode: AssignmentMode;
  readonly conflicts?: readonly ConflictDeclaration[];
}): MediatorAssignment {
  const { pool, countyCode, mode } = input;
  assertCounty(countyCode, 'countyCode');
  if (pool?.countyCode !== countyCode) {
    throw new InvalidMediationInputError(
      'pool.countyCode',
      `the pool of ${String(pool?.countyCode)} cannot serve a case of ${countyCode}`,
    );
  }
  const conflicts = input.conflicts ?? [];
  conflicts.forEach((d, i) => {
    assertDeclaration(d, `conflicts[${i}]`);
    if (d.countyCode !== countyCode) {
      throw new InvalidMediationInputError(
        `conflicts[${i}].countyCode`,
        `${d.countyCode} is not the case's county ${countyCode}`,
      );
    }
  });
  const conflictOf = (staffUserId: string) => conflicts.find((d) => d.staffUserId === staffUserId);
  const summary = (m: Mediator) => ({ staffUserId: m.staffUserId, name: m.name, kind: m.kind });

  if (mode?.by === 'CHOICE') {
    if (
      !Array.isArray(mode.staffUserIds) ||
      mode.staffUserIds.length < 1 ||
      mode.staffUserIds.length > MAX_PANEL_SIZE
    ) {
      throw new InvalidMediationInputError('mode.staffUserIds', `name 1 to ${MAX_PANEL_SIZE} mediators`);
    }
    if (new Set(mode.staffUserIds).size !== mode.staffUserIds.length) {
      throw new InvalidMediationInputError('mode.staffUserIds', 'a mediator is named twice');
    }
    const chosen = mode.staffUserIds.map((id, i) => {
      const mediator = pool.mediators.find((m) => m.staffUserId === id);
      if (!mediator) {
        throw new InvalidMediationInputError(
          `mode.staffUserIds[${i}]`,
          `${String(id)} is not a mediator of the ${countyCode} pool`,
        );
      }
      const conflict = conflictOf(id);
      if (conflict) throw new ConflictOfInterestError(`mode.staffUserIds[${i}]`, id, conflict.party, conflict.reason);
      return mediator;
    });
    return { countyCode, by: 'CHOICE', mediators: chosen.map(summary), passedOver: [], citation: ASSIGNMENT_CITATION };
  }

  if (mode?.by !== 'LOAD')
    throw new InvalidMediationInputError(
      'mode.by',
      `must be LOAD or CHOICE; got ${String((mode as { by?: unknown } | undefined)?.by)}`,
    );
  const panelSize = mode.panelSize ?? 1;
  if (!Number.isSafeInteger(panelSize) || panelSize < 1 || panelSize > MAX_PANEL_SIZE) {
    throw new InvalidMediationInputError('mode.panelSize', `must be 1 to ${MAX_PANEL_SIZE}; got ${String(panelSize)}`);
  }
  const kinds = mode.kinds ?? MEDIATOR_KINDS;
  kinds.forEach((k, i) => {
    if (!MEDIATOR_KINDS.includes(k))
      throw new InvalidMediationInputError(`mode.kinds[${i}]`, `unknown kind ${String(k)}`);
  });
  const ofKind = pool.mediators.filter((m) => kinds.includes(m.kind));
  const passedOver = ofKind.map((m) => conflictOf(m.staffUserId)).filter((d): d is ConflictDeclaration => !!d);
  const eligible = ofKind
    .filter((m) => !conflictOf(m.staffUserId))
    .sort(
      (a, b) =>
        a.openCases - b.openCases || (a.staffUserId < b.staffUserId ? -1 : a.staffUserId > b.staffUserId ? 1 : 0),
    );
  if (eligible.length < panelSize) {
    throw new MediationPreconditionError(
      'mode.panelSize',
      `the ${countyCode} pool has ${eligible.length} mediator(s) without a conflict of interest${
        mode.kinds ? ` of kind ${kinds.join('/')}` : ''
      }; ${panelSize} needed`,
    );
  }
  return {
    countyCode,
    by: 'LOAD',
    mediators: eligible.slice(0, panelSize).map(summary),
    passedOver,
    citation: ASSIGNMENT_CITATION,
  };
}

function assertDeclaration(d: ConflictDeclaration, at: string): void {
  assertCounty(d?.countyCode, `${at}.countyCode`);
  assertId(d.staffUserId, `${at}.staffUserId`);
  assertParty(d.party, `${at}.party`);
  assertText(d.reason, `${at}.reason`, { min: 2, max: 200 });
  assertDate(d.declaredOn, `${at}.declaredOn`);
}
