import { Controller, UseFilters } from '@nestjs/common';
import type { Metadata } from '@grpc/grpc-js';
import { arbitration, fromProtoEnum, toProtoEnum } from '@onewindow/contracts';
import { callerFrom, invalidArgument } from '@onewindow/service-runtime';
import type { ArbitrationCaseRecord, CaseStatus } from '../application/arbitration-case.repository';
import { DecideAcceptanceUseCase } from '../application/decide-acceptance.use-case';
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

// Every call names its caller in metadata (callerFrom: UNAUTHENTICATED when it does not); what the
// caller may do is decided in application/case-access.
@Controller()
@UseFilters(ArbitrationErrorFilter)
@arbitration.ArbitrationServiceControllerMethods()
export class ArbitrationGrpcController implements arbitration.ArbitrationServiceController {
  constructor(
    private readonly findCases: FindCasesUseCase,
    private readonly decideAcceptance_: DecideAcceptanceUseCase,
  ) {}

  async getCase(request: arbitration.GetCaseRequest, metadata?: Metadata): Promise<arbitration.GetCaseResponse> {
    return { case: toCase(await this.findCases.byId(callerFrom(metadata), request.caseId)) };
  }

  async getCaseByMatter(
    request: arbitration.GetCaseByMatterRequest,
    metadata?: Metadata,
  ): Promise<arbitration.GetCaseByMatterResponse> {
    return { case: toCase(await this.findCases.byMatter(callerFrom(metadata), request.matterId)) };
  }

  async listCases(request: arbitration.ListCasesRequest, metadata?: Metadata): Promise<arbitration.ListCasesResponse> {
    const status = fromProtoEnum(request.status, 'CASE_STATUS_') as CaseStatus | '';
    const page = await this.findCases.list(callerFrom(metadata), {
      countyCode: request.countyCode,
      status: status || undefined,
      pageSize: request.pageSize,
      pageToken: request.pageToken,
    });
    return { cases: page.cases.map(toCase), nextPageToken: page.nextPageToken };
  }

  async decideAcceptance(
    request: arbitration.DecideAcceptanceRequest,
    metadata?: Metadata,
  ): Promise<arbitration.DecideAcceptanceResponse> {
    const caller = callerFrom(metadata);
    const decision = fromProtoEnum(request.decision, 'ACCEPTANCE_DECISION_');
    if (decision !== 'ACCEPT' && decision !== 'REFUSE') {
      throw invalidArgument('no decision given', [{ field: 'decision', description: 'must be ACCEPT or REFUSE' }]);
    }
    const decided = await this.decideAcceptance_.execute(
      caller,
      request.caseId,
      decision === 'ACCEPT' ? { decision } : { decision, reason: request.refusalReason },
    );
    return { case: toCase(decided) };
  }
}
