import { Controller, UseFilters } from '@nestjs/common';
import { arbitration, toProtoEnum } from '@onewindow/contracts';
import type { ArbitrationCaseRecord } from '../application/arbitration-case.repository';
import { FindCasesUseCase } from '../application/find-cases.use-case';
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
  constructor(private readonly findCases: FindCasesUseCase) {}

  async getCase(request: arbitration.GetCaseRequest): Promise<arbitration.GetCaseResponse> {
    return { case: toCase(await this.findCases.byId(request.caseId)) };
  }

  async getCaseByMatter(request: arbitration.GetCaseByMatterRequest): Promise<arbitration.GetCaseByMatterResponse> {
    return { case: toCase(await this.findCases.byMatter(request.matterId)) };
  }
}
