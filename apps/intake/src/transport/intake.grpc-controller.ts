import { Controller, UseFilters } from '@nestjs/common';
import { intake, matterContentFromProto, matterContentToProto } from '@onewindow/contracts';
import { FindMattersUseCase } from '../application/find-matters.use-case';
import { RegisterMatterUseCase } from '../application/register-matter.use-case';
import type { MatterRecord } from '../application/matter.repository';
import { inTimeOrder, stageOf } from '../domain/timeline';
import { IntakeErrorFilter } from './intake-error.filter';

function toMatter(record: MatterRecord): intake.Matter {
  return {
    matterId: record.id,
    matterNumber: record.number,
    countyCode: record.countyCode,
    registeredAt: record.registeredAt,
    content: matterContentToProto(record.content),
    timeline: inTimeOrder(record.timeline).map(({ stage: _stage, ...entry }) => entry),
    stage: stageOf(record.timeline),
  };
}

@Controller()
@UseFilters(IntakeErrorFilter)
@intake.IntakeServiceControllerMethods()
export class IntakeGrpcController implements intake.IntakeServiceController {
  constructor(
    private readonly registerMatter_: RegisterMatterUseCase,
    private readonly findMatters: FindMattersUseCase,
  ) {}

  async registerMatter(request: intake.RegisterMatterRequest): Promise<intake.RegisterMatterResponse> {
    const record = await this.registerMatter_.execute(matterContentFromProto(request.content), request.requestId);
    return { matter: toMatter(record) };
  }

  async getMatter(request: intake.GetMatterRequest): Promise<intake.GetMatterResponse> {
    return { matter: toMatter(await this.findMatters.byIdOrNumber(request.matterId, request.matterNumber)) };
  }

  async listMatters(request: intake.ListMattersRequest): Promise<intake.ListMattersResponse> {
    const page = await this.findMatters.list(request.countyCode, request.pageSize, request.pageToken || undefined);
    return {
      matters: page.matters.map((record) => ({
        matterId: record.id,
        matterNumber: record.number,
        countyCode: record.countyCode,
        registeredAt: record.registeredAt,
        applicantName: record.content.applicant.name,
        employerName: record.content.employer.name,
        stage: stageOf(record.timeline),
      })),
      nextPageToken: page.nextAfter ?? '',
    };
  }
}
