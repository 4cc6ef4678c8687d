import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { MATTER_READER_ROLES, portalCaller } from '@onewindow/access';
import type * as rest from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import { CurrentCaller, type AuthenticatedCaller } from '../auth/current-caller.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { ApiRefusals } from '../http/api-answers';
import { auditedAs } from '../http/audited-call';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { MatterNumberParam } from '../matters/matter-queries.dto';
import { TrackedMatterController } from '../portal/tracked-matter-controller.decorator';
import { ServiceClients } from '../service-clients/service-clients';
import { CaseDocumentParams, DocumentNumberQuery, MatterDocumentParams } from './case-document.dto';
import { casePdfAttachment, documentsOfMatter, downloadSubject, toProtoKind } from './case-documents';

const PDF_ANSWER = {
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
};

/** 文书: the documents of a matter's arbitration case, for the posts that work on matters; each download audited. */
@ApiTags('documents')
@ApiBearerAuth()
@ApiRefusals([400, 401, 403, 404, 429])
@RequireRoles(...MATTER_READER_ROLES)
@Controller()
export class CaseDocumentsController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Get('matters/:matterNumber/documents')
  @ApiOkResponse({ description: 'CaseDocumentList: the documents issued on the case, in the order issued' })
  @ApiOperation({ summary: "The documents (文书) of the matter's arbitration case" })
  list(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Param() { matterNumber }: MatterNumberParam,
  ): Promise<rest.CaseDocumentList> {
    return documentsOfMatter(this.services, caller, matterNumber);
  }

  @Get('cases/:caseId/documents/:kind')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the document as PDF (A4, GB/T 9704-2012 layout, fonts embedded)', ...PDF_ANSWER })
  @ApiOperation({ summary: 'Download one document of the case as PDF; every download is on the audit log' })
  async download(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId, kind }: CaseDocumentParams,
    @Query() { number }: DocumentNumberQuery,
  ) {
    const answer = await auditedAs(
      this.audit,
      caller,
      origin,
      'arbitration.document.download',
      '',
    )(
      downloadSubject(caseId, kind),
      () =>
        this.services.call(caller, (s, m) =>
          s.arbitration.getCaseDocument({ caseId, kind: toProtoKind(kind), number: number ?? '' }, m),
        ),
      caseId,
    );
    return casePdfAttachment(kind, answer);
  }
}

/** The worker's own documents, with the tracking token of the matter (网上办事). */
@TrackedMatterController('documents')
export class PortalDocumentsController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'CaseDocumentList: the documents issued on the case of this matter' })
  @ApiOperation({ summary: 'The documents (文书) of the matter the tracking token was issued for' })
  list(@Param() { matterNumber }: MatterNumberParam): Promise<rest.CaseDocumentList> {
    return documentsOfMatter(this.services, portalCaller(matterNumber), matterNumber);
  }

  @Get(':kind')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the document as PDF', ...PDF_ANSWER })
  @ApiOperation({ summary: "Download one of the worker's own documents as PDF; every download is on the audit log" })
  async download(
    @Origin() origin: RequestOrigin,
    @Param() { matterNumber, kind }: MatterDocumentParams,
    @Query() { number }: DocumentNumberQuery,
  ) {
    const caller = portalCaller(matterNumber);
    const answer = await auditedAs(
      this.audit,
      caller,
      origin,
      'portal.document.download',
      matterNumber.slice(0, 6),
    )(
      (found) => ({ ...downloadSubject(found.document!.caseId, kind)(found), target: matterNumber }),
      async () => {
        const { documents } = await documentsOfMatter(this.services, caller, matterNumber);
        const issued = documents.filter((d) => d.kind === kind && (!number || d.number === number)).at(-1);
        if (!issued) {
          throw new NotFoundException(`matter ${matterNumber} has no ${kind} document${number ? ` ${number}` : ''}`);
        }
        return this.services.call(caller, (s, m) =>
          s.arbitration.getCaseDocument({ caseId: issued.caseId, kind: toProtoKind(kind), number: issued.number }, m),
        );
      },
      matterNumber,
    );
    return casePdfAttachment(kind, answer);
  }
}
