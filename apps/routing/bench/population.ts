// A deterministic population of matters for the routing benchmark: a plausible mix for a Suizhou
// county center, so the rules are exercised in the proportions they would meet (not bureau statistics).
//
// | archetype                           | share  | kind                        | workers              | claims (log-uniform, whole yuan)                                 | still employed |
// | ----------------------------------- | -----: | --------------------------- | -------------------- | ---------------------------------------------------------------- | -------------: |
// | wage arrears, individual            |   36 % | DISPUTE                     | 1                    | WAGES 2,000–60,000; ¼ also DAMAGES 1,000–20,000                  |           25 % |
// | dismissal / severance               |   10 % | DISPUTE                     | 1                    | DISMISSAL_RESIGNATION 0 + SEVERANCE 5,000–120,000;               |            0 % |
// |                                     |        |                             |                      |   40 % also DAMAGES 5,000–120,000, 30 % WAGES 2,000–30,000       |                |
// | social insurance                    |    5 % | DISPUTE                     | 1                    | SOCIAL_INSURANCE 3,000–80,000                                    |           60 % |
// | work injury                         |    4 % | DISPUTE                     | 1                    | WORK_INJURY_MEDICAL 10,000–300,000; ½ also DAMAGES               |           50 % |
// | other individual dispute            |    3 % | DISPUTE                     | 1                    | labor relationship (0), contract, hours, welfare or other        |           50 % |
// | group dispute, not collective       |    1 % | DISPUTE                     | 2–9, common claim    | WAGES 3,000–40,000 per worker                                    |           30 % |
// | collective dispute                  |    2 % | DISPUTE                     | 10–80, common claim  | WAGES 3,000–30,000 per worker; 30 % also SOCIAL_INSURANCE        |           30 % |
// | wage arrears complaint              |   12 % | COMPLAINT                   | 1; 20 % 2–30, common | WAGES 2,000–60,000 per worker                                    |           30 % |
// | violation complaint / report        |    7 % | COMPLAINT 70 %, REPORT 30 % | 1                    | 1–2 of NO_WRITTEN_CONTRACT, BELOW_MINIMUM_WAGE,                  |           60 % |
// |                                     |        |                             |                      |   EXCESSIVE_OVERTIME, UNPAID_SOCIAL_INSURANCE; 0 or 1,000–30,000 |                |
// | complaint outside inspection's list |    1 % | COMPLAINT                   | 1                    | HOURS_REST_LEAVE or OTHER, 0–10,000 (dispute route, Art. 21)    |           60 % |
// | child labor report                  |  0.2 % | REPORT 80 %, COMPLAINT 20 % | 1                    | CHILD_LABOR 0                                                    |           50 % |
// | consultation                        | 18.8 % | CONSULTATION                | 1                    | none; 10 % name a topic at 0 (child labor in 0.5 % of those)     |           60 % |
//
// Drawn for every matter (consultations: no prior handling, remedy or layoff):
//
// | field                     | mix                                                                                  |
// | ------------------------- | ------------------------------------------------------------------------------------ |
// | migrantWorker             | 30 %                                                                                 |
// | declaresFinancialHardship | 10 %                                                                                 |
// | consentToMediationFirst   | 50 %                                                                                 |
// | channel                   | WINDOW 65 %, ONLINE 30 %, PETITION_VISIT 5 %                                         |
// | countyCode                | 421300 15 %, 421303 35 %, 421321 25 %, 421381 25 %                                   |
// | employment                | start 3 months–10 years before the end (or the decision); when ended, the end is     |
// |                           | 80 % within the last year, 20 % one to three years back (limitation runs or expires) |
// | priorHandling             | none 80 %; else 1–2 of MEDIATION 35, INSPECTION 25, PETITION 20, ARBITRATION 12,     |
// |                           | COURT 8 (weights), concluded 60 % (half of those disputed), else in progress         |
// | requestedRemedy           | wage disputes: AWARD 40 %, ORDER_AGAINST_EMPLOYER 10 %, unstated 50 %;               |
// |                           | wage complaints: ORDER_AGAINST_EMPLOYER 50 %, AWARD 10 %, unstated 40 %              |
// | layoff                    | dismissal 10 %, collective 20 %: 1–60 laid off (at least the workers), of 1–20 × as  |
// |                           | many in the workforce                                                                |
//
// The small-claim ceiling (12 × 2,130 yuan) falls inside most claim ranges, so mediation and
// arbitration both get a realistic share.
import { addCalendarDays, type IsoDate } from '@onewindow/calendar';
import type {
  Channel,
  Claim,
  ClaimCategory,
  HandlingOffice,
  MatterContent,
  MatterKind,
  PriorHandling,
  RequestedRemedy,
} from '../src/domain';

/** mulberry32: a tiny, well-mixed 32-bit PRNG, so the population is the same on every machine and run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Draw {
  constructor(private readonly next: () => number) {}

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let left = this.next() * entries.reduce((total, [, weight]) => total + weight, 0);
    for (const [item, weight] of entries) {
      left -= weight;
      if (left < 0) return item;
    }
    return entries[entries.length - 1][0];
  }

  /** Log-uniform: small amounts are common and large ones rare, as in real claims; whole yuan, in fen. */
  yuan(min: number, max: number): number {
    return Math.round(min * (max / min) ** this.next()) * 100;
  }
}

type Shape = Pick<MatterContent, 'kind' | 'workerCount' | 'commonClaim' | 'claims' | 'requestedRemedy' | 'layoff'>;

interface Archetype {
  readonly share: number;
  readonly stillEmployed: number;
  readonly shape: (draw: Draw) => Shape;
}

const claim = (category: ClaimCategory, amountFen: number): Claim => ({ category, amountFen });
const individual = (kind: MatterKind, claims: Claim[]): Shape => ({ kind, workerCount: 1, commonClaim: false, claims });
const group = (kind: MatterKind, workerCount: number, claims: Claim[]): Shape => ({
  kind,
  workerCount,
  commonClaim: true,
  claims,
});
const optional = (draw: Draw, probability: number, make: () => Claim): Claim[] =>
  draw.chance(probability) ? [make()] : [];
const UNSTATED = undefined;
const remedy = (draw: Draw, weights: readonly (readonly [RequestedRemedy | undefined, number])[]) =>
  draw.weighted(weights);
function layoff(draw: Draw, probability: number, atLeast: number): Shape['layoff'] {
  if (!draw.chance(probability)) return undefined;
  const workersLaidOff = draw.integer(atLeast, Math.max(atLeast, 60));
  return { workersLaidOff, workforce: workersLaidOff * draw.integer(1, 20) };
}

const VIOLATIONS: readonly ClaimCategory[] = [
  'NO_WRITTEN_CONTRACT',
  'BELOW_MINIMUM_WAGE',
  'EXCESSIVE_OVERTIME',
  'UNPAID_SOCIAL_INSURANCE',
];

const WAGE_DISPUTE_REMEDIES = [
  ['AWARD', 0.4],
  ['ORDER_AGAINST_EMPLOYER', 0.1],
  [UNSTATED, 0.5],
] as const;
const WAGE_COMPLAINT_REMEDIES = [
  ['ORDER_AGAINST_EMPLOYER', 0.5],
  ['AWARD', 0.1],
  [UNSTATED, 0.4],
] as const;

// The table above, as code; shares sum to 1.
const ARCHETYPES: readonly Archetype[] = [
  {
    share: 0.36,
    stillEmployed: 0.25,
    shape: (d) => ({
      ...individual('DISPUTE', [
        claim('WAGES', d.yuan(2_000, 60_000)),
        ...optional(d, 0.25, () => claim('DAMAGES', d.yuan(1_000, 20_000))),
      ]),
      requestedRemedy: remedy(d, WAGE_DISPUTE_REMEDIES),
    }),
  },
  {
    share: 0.1,
    stillEmployed: 0,
    shape: (d) => ({
      ...individual('DISPUTE', [
        claim('DISMISSAL_RESIGNATION', 0),
        claim('SEVERANCE', d.yuan(5_000, 120_000)),
        ...optional(d, 0.4, () => claim('DAMAGES', d.yuan(5_000, 120_000))),
        ...optional(d, 0.3, () => claim('WAGES', d.yuan(2_000, 30_000))),
      ]),
      layoff: layoff(d, 0.1, 1),
    }),
  },
  {
    share: 0.05,
    stillEmployed: 0.6,
    shape: (d) => individual('DISPUTE', [claim('SOCIAL_INSURANCE', d.yuan(3_000, 80_000))]),
  },
  {
    share: 0.04,
    stillEmployed: 0.5,
    shape: (d) =>
      individual('DISPUTE', [
        claim('WORK_INJURY_MEDICAL', d.yuan(10_000, 300_000)),
        ...optional(d, 0.5, () => claim('DAMAGES', d.yuan(10_000, 200_000))),
      ]),
  },
  {
    share: 0.03,
    stillEmployed: 0.5,
    shape: (d) => {
      const category = d.pick<ClaimCategory>([
        'CONFIRM_LABOR_RELATIONSHIP',
        'CONTRACT',
        'HOURS_REST_LEAVE',
        'WELFARE_TRAINING_PROTECTION',
        'OTHER',
      ]);
      // Confirming the labor relationship (确认劳动关系) has no amount of its own.
      return individual('DISPUTE', [
        claim(category, category === 'CONFIRM_LABOR_RELATIONSHIP' ? 0 : d.yuan(1_000, 30_000)),
      ]);
    },
  },
  {
    share: 0.01,
    stillEmployed: 0.3,
    shape: (d) => {
      const workers = d.integer(2, 9);
      return group('DISPUTE', workers, [claim('WAGES', workers * d.yuan(3_000, 40_000))]);
    },
  },
  {
    share: 0.02,
    stillEmployed: 0.3,
    shape: (d) => {
      const workers = d.integer(10, 80);
      return {
        ...group('DISPUTE', workers, [
          claim('WAGES', workers * d.yuan(3_000, 30_000)),
          ...optional(d, 0.3, () => claim('SOCIAL_INSURANCE', workers * d.yuan(2_000, 20_000))),
        ]),
        requestedRemedy: remedy(d, WAGE_DISPUTE_REMEDIES),
        layoff: layoff(d, 0.2, workers),
      };
    },
  },
  {
    share: 0.12,
    stillEmployed: 0.3,
    shape: (d) => {
      const workers = d.chance(0.2) ? d.integer(2, 30) : 1;
      const wages = [claim('WAGES', workers * d.yuan(2_000, 60_000))];
      return {
        ...(workers === 1 ? individual('COMPLAINT', wages) : group('COMPLAINT', workers, wages)),
        requestedRemedy: remedy(d, WAGE_COMPLAINT_REMEDIES),
      };
    },
  },
  {
    share: 0.07,
    stillEmployed: 0.6,
    shape: (d) => {
      const kind: MatterKind = d.chance(0.7) ? 'COMPLAINT' : 'REPORT';
      const first = d.pick(VIOLATIONS);
      const categories = d.chance(0.3) ? [first, d.pick(VIOLATIONS.filter((c) => c !== first))] : [first];
      return individual(
        kind,
        categories.map((category) => claim(category, d.chance(0.6) ? 0 : d.yuan(1_000, 30_000))),
      );
    },
  },
  {
    share: 0.01,
    stillEmployed: 0.6,
    shape: (d) =>
      individual('COMPLAINT', [
        claim(d.pick<ClaimCategory>(['HOURS_REST_LEAVE', 'OTHER']), d.chance(0.5) ? 0 : d.yuan(1_000, 10_000)),
      ]),
  },
  {
    share: 0.002,
    stillEmployed: 0.5,
    shape: (d) => individual(d.chance(0.8) ? 'REPORT' : 'COMPLAINT', [claim('CHILD_LABOR', 0)]),
  },
  {
    share: 0.188,
    stillEmployed: 0.6,
    shape: (d) => {
      if (!d.chance(0.1)) return individual('CONSULTATION', []);
      const topic = d.weighted<ClaimCategory>([
        ['WAGES', 30],
        ['SOCIAL_INSURANCE', 25],
        ['CONTRACT', 20],
        ['DISMISSAL_RESIGNATION', 15],
        ['WORK_INJURY_MEDICAL', 9.5],
        ['CHILD_LABOR', 0.5],
      ]);
      return individual('CONSULTATION', [claim(topic, 0)]);
    },
  },
];

const COUNTY_SHARES = [
  ['421300', 0.15],
  ['421303', 0.35],
  ['421321', 0.25],
  ['421381', 0.25],
] as const;
const CHANNEL_SHARES: readonly (readonly [Channel, number])[] = [
  ['WINDOW', 0.65],
  ['ONLINE', 0.3],
  ['PETITION_VISIT', 0.05],
];
const PRIOR_OFFICES: readonly (readonly [HandlingOffice, number])[] = [
  ['MEDIATION', 35],
  ['INSPECTION', 25],
  ['PETITION', 20],
  ['ARBITRATION', 12],
  ['COURT', 8],
];

function employment(draw: Draw, stillEmployed: boolean, asOf: IsoDate): MatterContent['employment'] {
  const endDate = stillEmployed
    ? undefined
    : addCalendarDays(asOf, -(draw.chance(0.8) ? draw.integer(0, 365) : draw.integer(366, 1095)));
  const startDate = addCalendarDays(endDate ?? asOf, -draw.integer(90, 3650));
  return endDate === undefined ? { stillEmployed, startDate } : { stillEmployed, startDate, endDate };
}

function priorHandling(draw: Draw): PriorHandling[] {
  if (!draw.chance(0.2)) return [];
  const first = draw.weighted(PRIOR_OFFICES);
  const offices = draw.chance(0.25)
    ? [first, draw.weighted(PRIOR_OFFICES.filter(([office]) => office !== first))]
    : [first];
  return offices.map((office) => {
    const concluded = draw.chance(0.6);
    return {
      office,
      status: concluded ? 'CONCLUDED' : 'IN_PROGRESS',
      conclusionDisputed: concluded && draw.chance(0.5),
    };
  });
}

export const DEFAULT_SEED = 0x5a12_2026;

export interface PopulationOptions {
  /** The day the matters are decided on: employment end dates fall before it. */
  readonly asOf: IsoDate;
  readonly seed?: number;
}

/** `count` matters, the same for the same options. */
export function generatePopulation(count: number, { asOf, seed = DEFAULT_SEED }: PopulationOptions): MatterContent[] {
  const draw = new Draw(mulberry32(seed));
  const archetypes = ARCHETYPES.map((archetype) => [archetype, archetype.share] as const);
  return Array.from({ length: count }, (): MatterContent => {
    const archetype = draw.weighted(archetypes);
    const shape = archetype.shape(draw);
    return {
      ...shape,
      countyCode: draw.weighted(COUNTY_SHARES),
      employment: employment(draw, draw.chance(archetype.stillEmployed), asOf),
      consentToMediationFirst: draw.chance(0.5),
      channel: draw.weighted(CHANNEL_SHARES),
      migrantWorker: draw.chance(0.3),
      declaresFinancialHardship: draw.chance(0.1),
      priorHandling: shape.kind === 'CONSULTATION' ? [] : priorHandling(draw),
    };
  });
}
