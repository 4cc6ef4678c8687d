import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import {
  type ArbitratorSeat,
  assessSimpleProcedure,
  composeTribunal,
  isCollectiveDispute,
  recordCompositionNotice,
  type TribunalForm,
} from '../domain';
import { ARBITRATION_CASE_REPOSITORY, type ArbitrationCaseRepository } from './arbitration-case.repository';
import { requireMayDecideAcceptance } from './case-access';
import { issueCaseDocument } from './documents/issue-case-document';
import { stepOnAcceptedCase } from './proceedings-steps';
import { toCaseDeadline } from './review-application.use-case';
import { TRIBUNAL_NOTICE_DEADLINE } from '../domain/watched-case-deadlines';

export interface CompositionRequest {
  form: TribunalForm;
  arbitrators: ArbitratorSeat[];
  composedOn: string;
  factsClear: boolean;
  bothPartiesAgree: boolean;
  notifiedOn: string;
}

const ROLE_ZH = { PRESIDING: '首席仲裁员', MEMBER: '仲裁员', SOLE: '独任仲裁员' } as const;

/**
 * 组庭 (劳动争议调解仲裁法 Arts. 31–32): three arbitrators, or a sole arbitrator where the commission found
 * the simple procedure applies (办案规则 Arts. 56–57), the parties told in writing within 5 days of
 * acceptance. The amount criterion uses the province's average annual wage in force on the filing day.
 */
@Injectable()
export class TribunalUseCase {
  constructor(@Inject(ARBITRATION_CASE_REPOSITORY) private readonly cases: ArbitrationCaseRepository) {}

  compose(caller: Caller, caseId: string, request: CompositionRequest) {
    return stepOnAcceptedCase(this.cases, caller, caseId, requireMayDecideAcceptance, async (record) => {
      const content = record.application;
      const simpleProcedure =
        request.form === 'SOLE_ARBITRATOR'
          ? assessSimpleProcedure({
              countyCode: record.countyCode,
              filedOn: record.receivedOn,
              claims: (content?.claims ?? []).map(({ category, amountFen }) => ({ category, amountFen })),
              factsClear: request.factsClear,
              bothPartiesAgree: request.bothPartiesAgree,
              bars: [],
            })
          : undefined;
      let tribunal = composeTribunal(
        {
          countyCode: record.countyCode,
          composedOn: request.composedOn,
          form: request.form,
          arbitrators: request.arbitrators,
        },
        {
          countyCode: record.countyCode,
          acceptedOn: record.acceptedOn,
          collectiveDispute: content ? isCollectiveDispute(content) : false,
          ...(simpleProcedure ? { simpleProcedure } : {}),
        },
      );
      if (request.notifiedOn) tribunal = recordCompositionNotice(tribunal, request.notifiedOn);
      const seats = tribunal.arbitrators.map((seat) => `${ROLE_ZH[seat.role]} ${seat.name}`).join('、');
      // 组庭通知书 (Art. 32) on the day the parties are told, naming the seats as they are now.
      const noticed = tribunal.notifiedOn
        ? await issueCaseDocument(
            this.cases,
            { ...record, tribunal },
            { kind: 'TRIBUNAL_NOTICE', issuedOn: tribunal.notifiedOn, seats: tribunal.arbitrators },
          )
        : undefined;
      return {
        record: noticed?.record ?? { ...record, tribunal },
        step: {
          type: 'ProceedingsStep',
          kind: 'TRIBUNAL_COMPOSED',
          summary:
            `仲裁庭于 ${tribunal.composedOn} 组成${tribunal.simpleProcedure ? '（简易程序，独任审理）' : ''}：${seats}` +
            (tribunal.notifiedOn
              ? `，已于 ${tribunal.notifiedOn} 书面通知当事人${tribunal.notifiedLate ? `（晚于 ${tribunal.compositionNotice.dueOn}）` : ''}` +
                (noticed ? `（${noticed.issued.title} ${noticed.issued.number}）` : '')
              : `，应于 ${tribunal.compositionNotice.dueOn} 前书面通知当事人`),
          shows: tribunal.notifiedOn ? [] : [toCaseDeadline(tribunal.compositionNotice)],
          // The parties told (late or not): the watch on the 5 days of Art. 32 ends.
          deadlineMoves: tribunal.notifiedOn
            ? [
                {
                  action: 'meet' as const,
                  kind: TRIBUNAL_NOTICE_DEADLINE,
                  subjectId: record.caseId,
                  reason: `已于 ${tribunal.notifiedOn} 书面通知当事人仲裁庭组成情况`,
                },
              ]
            : [],
        },
      };
    });
  }
}
