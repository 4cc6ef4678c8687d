import { Controller, UseFilters } from '@nestjs/common';
import { arbitration, fromProtoEnum, toProtoEnum } from '@onewindow/contracts';
import type { ArbitrationCaseRecord } from '../application/arbitration-case.repository';
import { DecideAcceptanceUseCase } from '../application/decide-acceptance.use-case';
import { FindCasesUseCase } from '../application/find-cases.use-case';
import { invalidArgument } from '@onewindow/service-runtime';
import { ArbitrationErrorFilter } from './arbitration-error.filter';

function toCase(record: ArbitrationCaseRecord): arbitration.ArbitrationCase {
  return {
    caseId: record.caseId,
    matterId: record.matterId,
    matterNumber: record.matterNumber,
    countyCode: record.countyCode,
    referralId: record.referralId,
    status: toProtoEnum(record.status, 'CASE_STATUS_', arbitration.CaseStatus),
    receivedOn: record.receivedOn,
    missingItems: record.missingItems,
    receiptNumber: record.receiptNumber,
    acceptanceNoticeNumber: record.acceptanceNoticeNumber,
    acceptedOn: record.acceptedOn,
    nonAcceptanceReason: record.nonAcceptanceReason,
    remedy: record.remedy,
    deadlines: record.deadlines.map(({ label, dueOn, provisional, citation }) => ({
      label,
      dueOn,
      provisional,
      citation,
    })),
  };
}

@Controller()
@UseFilters(ArbitrationErrorFilter)
@arbitration.ArbitrationServiceControllerMethods()
export class ArbitrationGrpcController implements arbitration.ArbitrationServiceController {
  constructor(
    private readonly findCases: FindCasesUseCase,
    private readonly decideAcceptance_: DecideAcceptanceUseCase,
  ) {}

  async getCase(request: arbitration.GetCaseRequest): Promise<arbitration.GetCaseResponse> {
    return { case: toCase(await this.findCases.byId(request.caseId)) };
  }

  async getCaseByMatter(request: arbitration.GetCaseByMatterRequest): Promise<arbitration.GetCaseByMatterResponse> {
    return { case: toCase(await this.findCases.byMatter(request.matterId)) };
  }

  async decideAcceptance(request: arbitration.DecideAcceptanceRequest): Promise<arbitration.DecideAcceptanceResponse> {
    const decision = fromProtoEnum(request.decision, 'ACCEPTANCE_DECISION_');
    if (decision !== 'ACCEPT' && decision !== 'REFUSE') {
      throw invalidArgument('no decision given', [{ field: 'decision', description: 'must be ACCEPT or REFUSE' }]);
    }
    const decided = await this.decideAcceptance_.execute(
      request.caseId,
      decision === 'ACCEPT' ? { decision } : { decision, reason: request.refusalReason },
    );
    return { case: toCase(decided) };
  }
}
