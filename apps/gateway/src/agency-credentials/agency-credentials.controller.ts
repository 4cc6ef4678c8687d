import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { fromProtoEnum, routing, toProtoEnum } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import { CurrentCaller, type AuthenticatedCaller } from '../auth/current-caller.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { ApiRefusals } from '../http/api-answers';
import { auditedAs } from '../http/audited-call';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { ServiceClients } from '../service-clients/service-clients';
import { AgencyCredentialsQuery, CredentialIdParam, IssueAgencyCredentialDto } from './agency-credentials.dto';

const toRest = (credential: routing.AgencyCredential): rest.AgencyCredential => ({
  credentialId: credential.credentialId,
  agency: fromProtoEnum(credential.agency, 'REFERRAL_TARGET_') as rest.AgencyCredential['agency'],
  countyCodes: credential.countyCodes,
  label: credential.label,
  issuedBy: credential.issuedBy,
  issuedAt: credential.issuedAt,
  ...(credential.revokedAt ? { revokedAt: credential.revokedAt, revokedBy: credential.revokedBy } : {}),
});

/**
 * Outside agencies' own credentials for calling routing's referral RPCs directly (协作单位接入凭证):
 * the duty supervisor issues, lists and revokes them; issuing and revoking are audited.
 */
@ApiTags('agency credentials')
@ApiBearerAuth()
@ApiRefusals([400, 401, 403, 429])
@Controller('agency-credentials')
export class AgencyCredentialsController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @RequireRoles('SUPERVISOR')
  @ApiOperation({ summary: "The agency credentials reaching the supervisor's counties, newest first" })
  @ApiOkResponse({ description: 'AgencyCredential[] (never the tokens)' })
  async list(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Query() query: AgencyCredentialsQuery,
  ): Promise<rest.AgencyCredential[]> {
    const { credentials } = await this.services.call(caller, (s, m) =>
      s.routing.listAgencyCredentials({ countyCode: query.county ?? '' }, m),
    );
    return credentials.map(toRest);
  }

  @Post()
  @RequireRoles('SUPERVISOR')
  @ApiOperation({ summary: 'Issues an agency its own credential; the token is in this answer only' })
  @ApiCreatedResponse({ description: 'IssuedAgencyCredential: the credential and its token (shown once)' })
  @ApiRefusals([413])
  async issue(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Body() body: IssueAgencyCredentialDto,
  ): Promise<rest.IssuedAgencyCredential> {
    const { credential, token } = await auditedAs(
      this.audit,
      caller,
      origin,
      'agency-credential.issue',
      body.countyCodes[0] ?? '',
    )(
      (issued) => ({
        target: issued.credential!.credentialId,
        countyCode: issued.credential!.countyCodes[0]!,
        detail: `${body.agency} ${body.countyCodes.join(',')} “${body.label}”`,
      }),
      () =>
        this.services.call(caller, (s, m) =>
          s.routing.issueAgencyCredential(
            {
              agency: toProtoEnum(body.agency, 'REFERRAL_TARGET_', routing.ReferralTarget),
              countyCodes: body.countyCodes,
              label: body.label,
            },
            m,
          ),
        ),
    );
    return { credential: toRest(credential!), token };
  }

  @Post(':credentialId/revoke')
  @HttpCode(200)
  @RequireRoles('SUPERVISOR')
  @ApiOperation({ summary: 'Revokes an agency credential; its next call is refused' })
  @ApiOkResponse({ description: 'AgencyCredential, with revokedAt' })
  @ApiRefusals([404, 413])
  async revoke(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() params: CredentialIdParam,
  ): Promise<rest.AgencyCredential> {
    const { credential } = await auditedAs(
      this.audit,
      caller,
      origin,
      'agency-credential.revoke',
      '',
    )(
      (revoked) => ({ target: params.credentialId, countyCode: revoked.credential!.countyCodes[0]! }),
      () =>
        this.services.call(caller, (s, m) =>
          s.routing.revokeAgencyCredential({ credentialId: params.credentialId }, m),
        ),
      params.credentialId,
    );
    return toRest(credential!);
  }
}
