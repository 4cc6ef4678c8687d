// `npm run bench:routing`: how fast decide() routes matters under the county's default rules, against
// json-rules-engine running the same rules (translated from the same JSON) on the same facts, in one
// process. The issue's goal: ≥ 20× json-rules-engine and ≥ 100,000 decisions per second per core.
//
// Both engines start from precomputed Facts, so only deciding is timed. Before any timing, every
// matter's two decisions must be identical; a warm-up round is not counted; the rounds alternate which
// engine goes first, so drift in the machine's speed does not favour one. BENCH_MATTERS (default
// 100,000) and BENCH_ROUNDS (default 5) shrink the run; on a slow machine it drops rounds to end
// within 7 minutes, and stops if one json-rules-engine round passes 2 minutes.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { monthlyMinimumWageFen } from '@onewindow/county';
import { version as jsonRulesEngineVersion } from 'json-rules-engine/package.json';
import {
  compileRuleSet,
  decide,
  factsOf,
  MATTER_KINDS,
  parseRuleSetJson,
  type CompiledRuleSet,
  type Facts,
  type MatterContent,
  type RoutingDecision,
  type RuleSet,
} from '../src/domain';
import { DEFAULT_SEED, generatePopulation } from './population';
import { jsonRulesEngineRouter, type JreRouter } from './rule-translation';

const RULES_FILE = join(__dirname, '../rules/suizhou-default.json');
// The day the matters are decided on: its minimum wage sets the small-claim ceiling (12 monthly
// minimum wages), and employment end dates are counted back from it.
const DECISION_DATE = '2026-11-29';
const SMALL_CLAIM_MULTIPLIER = 12;
const ISSUE_MATTERS = 100_000;
const GOAL_SPEEDUP = 20;
const GOAL_DECISIONS_PER_CORE_SECOND = 100_000;
// One slow round must not turn the benchmark into an afternoon: beyond this it stops and says so.
const ROUND_LIMIT_NS = 120_000_000_000n;
// On a slow or busy machine the whole run still ends within this: fewer rounds rather than no answer.
const BUDGET_SECONDS = 420;

interface CountyRouting {
  readonly compiled: CompiledRuleSet;
  readonly jre: JreRouter;
}

interface Case {
  readonly content: MatterContent;
  readonly facts: Facts;
  readonly county: CountyRouting;
}

interface Round {
  readonly wallNs: number;
  readonly cpuMicros: number;
  /** Referrals plus fired rules over the population: uses every decision, and must match across engines. */
  readonly checksum: number;
}

class BenchAborted extends Error {}

function positiveIntegerFromEnv(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new BenchAborted(`${name} must be a positive integer; got '${text}'`);
  return value;
}

const weight = (decision: RoutingDecision): number => decision.referrals.length + decision.firedRuleIds.length;

function checkRoundTime(start: bigint, what: string, done: number, of: number): void {
  if (process.hrtime.bigint() - start > ROUND_LIMIT_NS) {
    throw new BenchAborted(
      `${what} passed ${ROUND_LIMIT_NS / 1_000_000_000n} s after ${done} of ${of} matters; ` +
        'lower BENCH_MATTERS or BENCH_ROUNDS on this machine',
    );
  }
}

function roundOfDecide(cases: readonly Case[]): Round {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  let checksum = 0;
  for (const { facts, county } of cases) checksum += weight(decide(county.compiled, facts));
  return finished(start, cpu, checksum);
}

// run() is asynchronous: each matter is awaited before the next, as a service handling one request would.
async function roundOfJsonRulesEngine(cases: readonly Case[]): Promise<Round> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  let checksum = 0;
  for (let i = 0; i < cases.length; i++) {
    const { facts, county } = cases[i];
    checksum += weight(await county.jre(facts));
    if (i % 1024 === 1023) checkRoundTime(start, 'a json-rules-engine round', i + 1, cases.length);
  }
  return finished(start, cpu, checksum);
}

function finished(start: bigint, cpu: NodeJS.CpuUsage, checksum: number): Round {
  const wallNs = Number(process.hrtime.bigint() - start);
  const used = process.cpuUsage(cpu);
  return { wallNs, cpuMicros: used.user + used.system, checksum };
}

const UNCOVERED = '(no rule: SUPERVISOR_QUEUE)';

/** Every matter gets the same decision from both engines, or this stops with a counterexample. Returns the rules fired. */
async function checkEquivalence(cases: readonly Case[]): Promise<string[]> {
  const fired: string[] = [];
  const start = process.hrtime.bigint();
  for (let i = 0; i < cases.length; i++) {
    const { content, facts, county } = cases[i];
    const ours = decide(county.compiled, facts);
    const theirs = await county.jre(facts);
    if (!isDeepStrictEqual(ours, theirs)) {
      const brief = (decision: RoutingDecision) => ({
        targets: decision.referrals.map((referral) => `${referral.target}/${referral.priority}`),
        firedRuleIds: decision.firedRuleIds,
      });
      throw new BenchAborted(
        `json-rules-engine and decide() disagree on matter #${i}; the comparison would be meaningless.\n` +
          JSON.stringify({ content, facts, decide: brief(ours), jsonRulesEngine: brief(theirs) }, null, 2),
      );
    }
    fired.push(...(ours.firedRuleIds.length > 0 ? ours.firedRuleIds : [UNCOVERED]));
    if (i % 1024 === 1023) checkRoundTime(start, 'the equivalence check', i + 1, cases.length);
  }
  return fired;
}

// What a rule author needs to see of a matter that reached the supervisor: its kind and who handled
// it before (the facts the 1+X rules mostly turn on), and a petition visit, which routes apart.
function fallThroughKey({ facts }: Case): string {
  const before = [
    ...facts.inProgressOffices.map((office) => `${office} in progress`),
    ...facts.concludedOffices.map((office) =>
      facts.disputedConclusionOffices.includes(office) ? `${office} concluded, disputed` : `${office} concluded`,
    ),
  ];
  const visit = facts.channel === 'PETITION_VISIT' ? ' (petition visit)' : '';
  return `${facts.kind}${visit}: ${before.length > 0 ? before.join(' + ') : 'no office before'}`;
}

const FALL_THROUGH_KINDS_SHOWN = 12;

/** The share of matters decide() sends to the supervisor queue, and the commonest kinds among them. */
function printSupervised(cases: readonly Case[]): void {
  const supervised = cases.filter(({ facts, county }) =>
    decide(county.compiled, facts).referrals.some((referral) => referral.target === 'SUPERVISOR_QUEUE'),
  );
  const matters = cases.length;
  console.log(
    `supervisor  ${percent(supervised.length, matters)} of matters (${whole.format(supervised.length)}) go to SUPERVISOR_QUEUE`,
  );
  const counts = new Map<string, number>();
  for (const key of supervised.map(fallThroughKey)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const commonest = [...counts].sort(([, a], [, b]) => b - a).slice(0, FALL_THROUGH_KINDS_SHOWN);
  for (const [key, count] of commonest) console.log(`            ${whole.format(count).padStart(6)}  ${key}`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const tenths = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = (count: number, total: number) => `${tenths.format((100 * count) / total)}%`;

/** As many of the rounds asked for as fit in what is left of the budget, judging by the warm-up; at least one. */
function roundsWithinBudget(rounds: number, secondsPerRound: number): number {
  const fit = Math.max(1, Math.floor((BUDGET_SECONDS - process.uptime()) / (secondsPerRound * 1.1)));
  if (fit >= rounds) return rounds;
  console.log(
    `budget      ${fit} of ${rounds} rounds: a warm-up round took ${tenths.format(secondsPerRound)} s ` +
      `and the run stays within ${BUDGET_SECONDS / 60} minutes`,
  );
  return fit;
}

/** `value share · …` in the given order, for the values that occur; shares of `total`. */
function shares<T>(order: readonly T[], values: readonly T[], total = values.length): string {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return order
    .filter((value) => counts.has(value))
    .map((value) => `${String(value)} ${percent(counts.get(value)!, total)}`)
    .join(' · ');
}

function loadCases(ruleSets: readonly RuleSet[], matters: number): Case[] {
  const counties = new Map(
    ruleSets.map((ruleSet) => [
      ruleSet.countyCode,
      {
        routing: { compiled: compileRuleSet(ruleSet), jre: jsonRulesEngineRouter(ruleSet) },
        context: {
          countyMonthlyMinimumWageFen: monthlyMinimumWageFen(ruleSet.countyCode, DECISION_DATE),
          smallClaimMultiplier: SMALL_CLAIM_MULTIPLIER,
          today: DECISION_DATE,
        },
      },
    ]),
  );
  // Facts are computed once, outside any timing: both engines decide on the very same objects.
  return generatePopulation(matters, { asOf: DECISION_DATE }).map((content) => {
    const county = counties.get(content.countyCode);
    if (!county) throw new BenchAborted(`suizhou-default.json has no rules for county ${content.countyCode}`);
    return { content, facts: factsOf(content, county.context), county: county.routing };
  });
}

function printHeader(ruleSets: readonly RuleSet[], cases: readonly Case[], rounds: number): void {
  const share = (test: (facts: Facts) => boolean) => percent(cases.filter((c) => test(c.facts)).length, cases.length);
  const kinds = shares(
    MATTER_KINDS,
    cases.map((c) => c.facts.kind),
  );
  const counties = shares(
    ruleSets.map((ruleSet) => ruleSet.countyCode),
    cases.map((c) => c.content.countyCode),
  );
  const cpu = cpus();
  console.log(
    `routing benchmark: decide() vs json-rules-engine ${jsonRulesEngineVersion}, ` +
      `suizhou-default.json v${ruleSets[0].version} (${ruleSets[0].rules.length} rules), facts as of ${DECISION_DATE}`,
  );
  console.log(`population  ${whole.format(cases.length)} matters, seed 0x${DEFAULT_SEED.toString(16)}: ${kinds}`);
  console.log(
    `            collective ${share((f) => f.collective)} · migrant ${share((f) => f.migrantWorker)} · ` +
      `hardship ${share((f) => f.declaresFinancialHardship)} · ` +
      `consent to mediation ${share((f) => f.consentToMediationFirst)} · small claim ${share((f) => f.smallClaim)}`,
  );
  console.log(`            ${counties}`);
  if (cases.length < ISSUE_MATTERS) {
    console.log(`            (BENCH_MATTERS is below the issue's ${whole.format(ISSUE_MATTERS)})`);
  }
  console.log(
    `machine     node ${process.version} · ${process.platform} ${process.arch} · ` +
      `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}`,
  );
  console.log(
    `method      ${rounds} round${rounds === 1 ? '' : 's'} after 1 warm-up, engine order alternating; one thread, facts precomputed`,
  );
}

async function main(): Promise<void> {
  const matters = positiveIntegerFromEnv('BENCH_MATTERS', ISSUE_MATTERS);
  const rounds = positiveIntegerFromEnv('BENCH_ROUNDS', 5);
  const ruleSets = parseRuleSetJson(readFileSync(RULES_FILE, 'utf8'));
  const cases = loadCases(ruleSets, matters);
  printHeader(ruleSets, cases, rounds);

  // Before the timing and the equivalence check, so a machine too slow for json-rules-engine still shows it.
  printSupervised(cases);
  const fired = await checkEquivalence(cases);
  const ruleIds = compileRuleSet(ruleSets[0]).rules.map((rule) => rule.id);
  console.log(`equivalent  all ${whole.format(matters)} decisions identical (referrals and fired rules)`);
  console.log(`fired       ${shares([...ruleIds, UNCOVERED], fired, matters)}`);

  const warmUp = roundOfDecide(cases).wallNs + (await roundOfJsonRulesEngine(cases)).wallNs;
  const planned = roundsWithinBudget(rounds, warmUp / 1e9);

  const ours: Round[] = [];
  const theirs: Round[] = [];
  for (let round = 0; round < planned; round++) {
    const decideFirst = round % 2 === 0;
    if (decideFirst) ours.push(roundOfDecide(cases));
    theirs.push(await roundOfJsonRulesEngine(cases));
    if (!decideFirst) ours.push(roundOfDecide(cases));
    const [a, b] = [ours[round], theirs[round]];
    if (a.checksum !== b.checksum) {
      throw new BenchAborted(`round ${round + 1}: checksums differ (${a.checksum} vs ${b.checksum})`);
    }
    console.log(
      `round ${round + 1}     ${decideFirst ? 'decide() first' : 'json-rules-engine first'}: ` +
        `decide() ${tenths.format(a.wallNs / 1e6)} ms · json-rules-engine ${tenths.format(b.wallNs / 1e6)} ms`,
    );
  }
  printResults(matters, ours, theirs);
}

function printResults(matters: number, ours: readonly Round[], theirs: readonly Round[]): void {
  const summary = (results: readonly Round[]) => ({
    ms: median(results.map((r) => r.wallNs / 1e6)),
    perSecond: median(results.map((r) => matters / (r.wallNs / 1e9))),
    perCpuSecond: median(results.map((r) => matters / (r.cpuMicros / 1e6))),
  });
  const [a, b] = [summary(ours), summary(theirs)];
  const ratio = a.perSecond / b.perSecond;
  const columns = (name: string, ms: string, perSecond: string, perCpuSecond: string) =>
    `${name.padEnd(20)}${ms.padStart(14)}${perSecond.padStart(18)}${perCpuSecond.padStart(22)}`;
  const row = (name: string, s: typeof a) =>
    columns(name, tenths.format(s.ms), whole.format(s.perSecond), whole.format(s.perCpuSecond));
  console.log('');
  console.log(columns('median', 'ms / round', 'decisions / s', 'decisions / CPU-s'));
  console.log(row('decide()', a));
  console.log(row('json-rules-engine', b));
  console.log('');
  // JavaScript runs on one thread, so the wall-clock rate is one core's rate; the CPU-second rate
  // also charges the garbage collector's helper threads.
  console.log(
    `decide() per core: ${whole.format(a.perSecond)} decisions/s (${whole.format(a.perCpuSecond)} per CPU-second)`,
  );
  const met = ratio >= GOAL_SPEEDUP && a.perSecond >= GOAL_DECISIONS_PER_CORE_SECOND;
  console.log(
    `issue goal  ≥ ${GOAL_SPEEDUP}× and ≥ ${whole.format(GOAL_DECISIONS_PER_CORE_SECOND)} decisions/s/core: ` +
      (met ? 'met' : 'NOT met'),
  );
  console.log(`routing speedup vs json-rules-engine: ${ratio.toFixed(1)}x`);
}

main().catch((error: unknown) => {
  console.error(error instanceof BenchAborted ? `bench:routing stopped: ${error.message}` : error);
  process.exitCode = 1;
});
