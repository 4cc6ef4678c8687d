import { Metadata } from '@grpc/grpc-js';
import { Controller, UseFilters } from '@nestjs/common';
import {
  common,
  fromProtoEnum,
  intake,
  matterContentFromProto,
  matterContentToProto,
  toProtoEnum,
} from '@onewindow/contracts';
import { deadlineToProto } from '@onewindow/deadlines';
import { callerFrom } from '@onewindow/service-runtime';
import { DeadlineAlertsUseCase } from '../application/deadline-alerts';
import { FindMattersUseCase } from '../application/find-matters.use-case';
import { MatterStatisticsUseCase } from '../application/matter-statistics.use-case';
import { RateSatisfactionUseCase } from '../application/rate-satisfaction.use-case';
import { RegisterMatterUseCase } from '../application/register-matter.use-case';
import { RevealPersonalDataUseCase } from '../application/reveal-personal-data.use-case';
import type { MatterRecord } from '../application/matter.repository';
import { inTimeOrder, isClosedStage, stageOf } from '../domain/timeline';
import { IntakeErrorFilter } from './intake-error.filter';

function toMatter(record: MatterRecord): intake.Matter {
  const stage = stageOf(record.timeline);
  return {
    matterId: record.id,
    matterNumber: record.number,
    countyCode: record.countyCode,
    registeredAt: record.registeredAt,
    content: matterContentToProto(record.content),
    timeline: inTimeOrder(record.timeline).map(({ stage: _stage, ...entry }) => entry),
    stage,
    satisfaction: record.satisfaction,
    closed: isClosedStage(stage),
  };
}

// Every call names its caller in the metadata (UNAUTHENTICATED otherwise); the use cases check the
// caller's counties and posts again, whatever the gateway already decided.
@Controller()
@UseFilters(IntakeErrorFilter)
@intake.IntakeServiceControllerMethods()
export class IntakeGrpcController implements intake.IntakeServiceController {
  constructor(
    private readonly registerMatter_: RegisterMatterUseCase,
    private readonly findMatters: FindMattersUseCase,
    private readonly revealPersonalData_: RevealPersonalDataUseCase,
    private readonly rateSatisfaction_: RateSatisfactionUseCase,
    private readonly matterStatistics: MatterStatisticsUseCase,
    private readonly deadlineAlerts: DeadlineAlertsUseCase,
  ) {}

  async registerMatter(
    request: intake.RegisterMatterRequest,
    metadata?: Metadata,
  ): Promise<intake.RegisterMatterResponse> {
    const record = await this.registerMatter_.execute(
      callerFrom(metadata),
      matterContentFromProto(request.content),
      request.requestId,
    );
    return { matter: toMatter(record) };
  }

  async getMatter(request: intake.GetMatterRequest, metadata?: Metadata): Promise<intake.GetMatterResponse> {
    const record = await this.findMatters.byIdOrNumber(callerFrom(metadata), request.matterId, request.matterNumber);
    return { matter: toMatter(record) };
  }

  async listMatters(request: intake.ListMattersRequest, metadata?: Metadata): Promise<intake.ListMattersResponse> {
    const page = await this.findMatters.list(callerFrom(metadata), {
      ...request,
      kind: fromProtoEnum(request.kind, 'MATTER_KIND_'),
    });
    return {
      matters: page.matters.map((record) => ({
        matterId: record.id,
        matterNumber: record.number,
        countyCode: record.countyCode,
        registeredAt: record.registeredAt,
        applicantName: record.content.applicant.name,
        employerName: record.content.employer.name,
        stage: stageOf(record.timeline),
        kind: toProtoEnum(record.content.kind, 'MATTER_KIND_', common.MatterKind),
      })),
      nextPageToken: page.nextAfter ?? '',
    };
  }

  async revealPersonalData(
    request: intake.RevealPersonalDataRequest,
    metadata?: Metadata,
  ): Promise<intake.RevealPersonalDataResponse> {
    const whole = await this.revealPersonalData_.execute(callerFrom(metadata), request.matterId, request.matterNumber);
    return { ...whole, reporter: whole.reporter };
  }

  async rateSatisfaction(
    request: intake.RateSatisfactionRequest,
    metadata?: Metadata,
  ): Promise<intake.RateSatisfactionResponse> {
    const record = await this.rateSatisfaction_.execute(
      callerFrom(metadata),
      request.matterNumber,
      request.score,
      request.comment,
    );
    return { matter: toMatter(record) };
  }

  async getMatterStatistics(
    request: intake.GetMatterStatisticsRequest,
    metadata?: Metadata,
  ): Promise<intake.GetMatterStatisticsResponse> {
    const statistics = await this.matterStatistics.execute(callerFrom(metadata), request);
    return { ...statistics, counties: [...statistics.counties] };
  }

  async listDeadlineAlerts(
    request: intake.ListDeadlineAlertsRequest,
    metadata?: Metadata,
  ): Promise<intake.ListDeadlineAlertsResponse> {
    const alerts = await this.deadlineAlerts.list(callerFrom(metadata), request.countyCodes);
    return { alerts: alerts.map(deadlineToProto) };
  }
}
