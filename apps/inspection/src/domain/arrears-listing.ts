// The wage-arrears list (拖欠农民工工资失信联合惩戒对象名单, 保障农民工工资支付条例 Art. 48; 人社部令第45号):
// a migrant worker's wage case with an order to pay, and a criterion met (Art. 5 of the measures): the wages
// owed reach the county's figure for 拒不支付劳动报酬罪, or the arrears had a serious social impact. The
// employer is told first (拟列入告知书) and heard within 5 working days; listed for 3 years.
import { addYears, compareIsoDates, type IsoDate } from '@onewindow/calendar';
import { issued, requireStatus } from './case-steps';
import type { InspectionCaseRecord, StepContext, StepPlan } from './inspection-case';
import { InspectionPreconditionError } from './inspection.errors';
import { optionalText, requiredText } from './inspection-input.validation';
import { listingHearingDueDay } from './inspection-periods';
import { LISTING_HEARING_DEADLINE, listingSubject } from './watched-inspection-deadlines';

export const LISTING_CITATION =
  '《保障农民工工资支付条例》第四十八条；《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（人社部令第45号）第五条';

/**
 * The amount of wages owed from which a county lists (the 拒不支付劳动报酬罪 figure "数额较大"), dated
 * configuration with its source. UNVERIFIED: 最高人民法院《关于审理拒不支付劳动者劳动报酬刑事案件适用法律若干问题的
 * 解释》(法释〔2013〕3号) Art. 3 sets 5,000–20,000 yuan for one worker's 3 months' wages and 30,000–100,000 yuan
 * for ten or more workers, each province fixing its figure within the range; Hubei's is taken here as the
 * top of each range until the province's notice is checked.
 */
export interface ArrearsListingThreshold {
  countyCodePrefix: string;
  validFrom: IsoDate;
  oneWorkerFen: number;
  tenOrMoreWorkersFen: number;
  source: string;
  verified: boolean;
}

export const ARREARS_LISTING_THRESHOLDS: readonly ArrearsListingThreshold[] = [
  {
    countyCodePrefix: '42',
    validFrom: '2013-01-23',
    oneWorkerFen: 2_000_000,
    tenOrMoreWorkersFen: 10_000_000,
    source: '法释〔2013〕3号第三条（湖北省数额标准未经核实，暂取幅度上限）',
    verified: false,
  },
];

export function listingThresholdFor(countyCode: string, on: IsoDate): ArrearsListingThreshold | undefined {
  return ARREARS_LISTING_THRESHOLDS.filter(
    (t) => countyCode.startsWith(t.countyCodePrefix) && compareIsoDates(t.validFrom, on) <= 0,
  )
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom))
    .at(-1);
}

export function proposeArrearsListing(
  c: InspectionCaseRecord,
  input: { grounds: string; seriousSocialImpact: boolean },
  ctx: StepContext,
): StepPlan {
  const order = c.correctionOrder;
  if (!c.firstContactResponsible || !order || order.wagesOrderedFen <= 0) {
    throw new InspectionPreconditionError(
      'caseId',
      `the arrears list is for a migrant worker’s wages ordered paid (${LISTING_CITATION}); case ${c.caseId} has ${order ? `an order of ${order.wagesOrderedFen} fen` : 'no order to pay'}`,
    );
  }
  if (c.arrearsListing) {
    throw new InspectionPreconditionError(
      'caseId',
      `a listing was already proposed (${c.arrearsListing.noticeNumber})`,
    );
  }
  // While the time to correct runs the employer may still pay: a listing follows non-compliance (or the case's end).
  requireStatus(c, ['NOT_COMPLIED', 'CONCLUDED'], 'an arrears listing');
  const grounds = requiredText(input.grounds, 'grounds', 'the grounds of the intended listing');
  const threshold = listingThresholdFor(c.countyCode, ctx.today);
  const figure = c.parties.workerCount >= 10 ? threshold?.tenOrMoreWorkersFen : threshold?.oneWorkerFen;
  const reaches = figure !== undefined && order.wagesOrderedFen >= figure;
  if (!reaches && !input.seriousSocialImpact) {
    throw new InspectionPreconditionError(
      'serious_social_impact',
      `the wages ordered (${order.wagesOrderedFen} fen) are below the county’s figure (${figure ?? 'none configured'} fen, ${threshold?.source ?? ''}) and no serious social impact is stated`,
    );
  }
  const due = listingHearingDueDay(ctx.today);
  return {
    numbers: ['LISTING_NOTICE'],
    apply: ([number]) => ({
      record: {
        ...c,
        arrearsListing: {
          status: 'PROPOSED',
          grounds,
          noticeNumber: number!,
          noticedOn: ctx.today,
          heardBy: due.dueOn,
          employerStatement: '',
          decisionNumber: '',
          decidedOn: '',
          listedUntil: '',
          reason: '',
        },
        documents: [...c.documents, issued('LISTING_NOTICE', number!, ctx, c.parties.employer.name)],
      },
      events: [
        {
          kind: '拟列入失信名单',
          summary: `告知${c.parties.employer.name}拟列入拖欠农民工工资失信联合惩戒对象名单（${number}），${due.dueOn} 前可以陈述、申辩`,
          deadlines: [due],
          documentNumber: number!,
          watch: [
            {
              action: 'register',
              kind: LISTING_HEARING_DEADLINE,
              subjectId: listingSubject(c.caseId),
              dueOn: due.dueOn,
              provisional: due.provisional,
            },
          ],
        },
      ],
    }),
  };
}

export function decideArrearsListing(
  c: InspectionCaseRecord,
  input: { list: boolean; employerStatement: string; reason: string },
  ctx: StepContext,
): StepPlan {
  const listing = c.arrearsListing;
  if (!listing || listing.status !== 'PROPOSED') {
    throw new InspectionPreconditionError('caseId', 'a listing decision needs a proposed listing (拟列入告知书) first');
  }
  const statement = optionalText(input.employerStatement, 'employer_statement');
  if (!statement && compareIsoDates(ctx.today, listing.heardBy) <= 0) {
    throw new InspectionPreconditionError(
      'employer_statement',
      `the employer may be heard until ${listing.heardBy}: give its statement, or decide after that day`,
    );
  }
  const reason = input.list
    ? optionalText(input.reason, 'reason')
    : requiredText(input.reason, 'reason', 'why the employer is not listed');
  const meet = {
    action: 'meet' as const,
    kind: LISTING_HEARING_DEADLINE,
    subjectId: listingSubject(c.caseId),
    reason: '已作出列入名单决定',
  };
  if (!input.list) {
    return {
      numbers: [],
      apply: () => ({
        record: {
          ...c,
          arrearsListing: {
            ...listing,
            status: 'NOT_LISTED',
            employerStatement: statement,
            decidedOn: ctx.today,
            reason,
          },
        },
        events: [
          {
            kind: '不予列入失信名单',
            summary: `决定不列入失信联合惩戒对象名单：${reason}`,
            watch: [{ ...meet, reason: '决定不予列入' }],
          },
        ],
      }),
    };
  }
  const listedUntil = addYears(ctx.today, 3);
  return {
    numbers: ['LISTING_DECISION'],
    apply: ([number]) => ({
      record: {
        ...c,
        arrearsListing: {
          ...listing,
          status: 'LISTED',
          employerStatement: statement,
          decisionNumber: number!,
          decidedOn: ctx.today,
          listedUntil,
          reason,
        },
        documents: [...c.documents, issued('LISTING_DECISION', number!, ctx, c.parties.employer.name)],
      },
      events: [
        {
          kind: '列入失信名单',
          summary: `决定将${c.parties.employer.name}列入拖欠农民工工资失信联合惩戒对象名单（${number}），期限至 ${listedUntil}`,
          documentNumber: number!,
          watch: [meet],
        },
      ],
    }),
  };
}
