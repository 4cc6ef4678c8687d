import { Body, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger';
import { portalCaller } from '@onewindow/access';
import { mediation } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import { ApiRefusals } from '../http/api-answers';
import { auditedAs } from '../http/audited-call';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { MatterNumberParam } from '../matters/matter-queries.dto';
import { TrackedMatterController } from '../portal/tracked-matter-controller.decorator';
import { ServiceClients } from '../service-clients/service-clients';
import { RequiresOffice } from '../service-clients/office-deployed.guard';
import {
  mediationCaseOfMatter,
  mediationDownloadSubject,
  mediationPdfAttachment,
  PDF_ANSWER,
} from './mediation-of-matter';
import { toProtoDocumentKind, toPublicMediationView } from './mediation-views';
import { PortalMediationDocumentParams, PortalSignAgreementDto } from './mediation.dto';

/**
 * The worker's mediation through the portal, with the tracking token of the matter (网上办事): what was
 * arranged, the agreement to read and sign online, the documents. The token was issued for a one-time code
 * sent to the phone on record, which is what makes an online signature the worker's (ONLINE_ONE_TIME_CODE);
 * mediation checks again that the portal caller is for this case's matter.
 */
@RequiresOffice('mediation')
@TrackedMatterController('mediation')
export class PortalMediationController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'PublicMediationView: status, period, sessions, agreement, documents; no staff notes' })
  @ApiOperation({ summary: "The worker's mediation: when and where, the agreement and its payments, the documents" })
  async view(@Param() { matterNumber }: MatterNumberParam): Promise<rest.PublicMediationView> {
    return toPublicMediationView(await mediationCaseOfMatter(this.services, portalCaller(matterNumber), matterNumber));
  }

  @Post('signature')
  @HttpCode(200)
  @ApiOkResponse({ description: 'PublicMediationView with the worker’s signature' })
  @ApiOperation({
    summary: 'The worker signs the 调解协议书 online (ONLINE_ONE_TIME_CODE; the third signature seals it, Art. 14)',
  })
  @ApiRefusals([409, 413], {
    409: 'no agreement awaits the worker’s signature, or the case changed since expectedVersion',
  })
  async sign(
    @Origin() origin: RequestOrigin,
    @Param() { matterNumber }: MatterNumberParam,
    @Body() body: PortalSignAgreementDto,
  ): Promise<rest.PublicMediationView> {
    const caller = portalCaller(matterNumber);
    const { case: signed } = await auditedAs(
      this.audit,
      caller,
      origin,
      'portal.mediation.signature',
      matterNumber.slice(0, 6),
    )(
      () => matterNumber,
      async () => {
        const found = await mediationCaseOfMatter(this.services, caller, matterNumber);
        return this.services.call(caller, (s, m) =>
          s.mediation.signAgreement(
            {
              caseId: found.caseId,
              expectedVersion: body.expectedVersion,
              role: mediation.SignerRole.SIGNER_ROLE_WORKER,
              method: mediation.SignatureMethod.SIGNATURE_METHOD_ONLINE_ONE_TIME_CODE,
            },
            m,
          ),
        );
      },
      matterNumber,
    );
    return toPublicMediationView(signed!);
  }

  @Get('documents')
  @ApiOkResponse({ description: 'MediationDocumentList: the documents issued on the mediation case of this matter' })
  @ApiOperation({ summary: 'The documents (文书) of the mediation of the matter the tracking token was issued for' })
  async documents(@Param() { matterNumber }: MatterNumberParam): Promise<rest.MediationDocumentList> {
    const view = toPublicMediationView(
      await mediationCaseOfMatter(this.services, portalCaller(matterNumber), matterNumber),
    );
    return { documents: view.documents };
  }

  @Get('documents/:kind')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the document as PDF', ...PDF_ANSWER })
  @ApiOperation({ summary: "Download one of the worker's mediation documents as PDF; every download is audited" })
  async download(@Origin() origin: RequestOrigin, @Param() { matterNumber, kind }: PortalMediationDocumentParams) {
    const caller = portalCaller(matterNumber);
    const answer = await auditedAs(
      this.audit,
      caller,
      origin,
      'portal.mediation.document.download',
      matterNumber.slice(0, 6),
    )(
      (found) => ({ ...mediationDownloadSubject(found.document?.caseId ?? '', kind)(found), target: matterNumber }),
      async () => {
        const found = await mediationCaseOfMatter(this.services, caller, matterNumber);
        if (!found.documents.some((d) => toProtoDocumentKind(kind) === d.kind)) {
          throw new NotFoundException(`the mediation of matter ${matterNumber} has no ${kind} document`);
        }
        return this.services.call(caller, (s, m) =>
          s.mediation.getMediationDocument({ caseId: found.caseId, kind: toProtoDocumentKind(kind) }, m),
        );
      },
      matterNumber,
    );
    return mediationPdfAttachment(kind, answer);
  }
}
