import { Inject, Injectable } from '@nestjs/common';
import { type Caller, hasAnyRole } from '@onewindow/access';
import { isKnownCounty } from '@onewindow/county';
import {
  AgencyCredentialError,
  type AgencyCredentialVerifier,
  type FieldViolation,
  invalidArgument,
  notFound,
  permissionDenied,
  requireCounty,
} from '@onewindow/service-runtime';
import {
  AGENCY_CREDENTIAL_RPCS,
  type AgencyCredential,
  callerOfCredential,
  isAgencyTarget,
  issueAgencyCredential,
  MAX_LABEL_LENGTH,
  parseAgencyToken,
  tokenMatches,
} from '../domain/agency-credential';
import { AGENCY_TARGETS } from '@onewindow/access';

export const AGENCY_CREDENTIAL_STORE = Symbol('AgencyCredentialStore');

export interface AgencyCredentialStore {
  insert(credential: AgencyCredential): Promise<void>;
  findById(credentialId: string): Promise<AgencyCredential | undefined>;
  /** Marks it revoked unless it already is; the credential as it now stands. */
  revoke(credentialId: string, revokedBy: string, at: Date): Promise<AgencyCredential | undefined>;
  /** Those reaching any of these counties, newest first. */
  reaching(countyCodes: string[]): Promise<AgencyCredential[]>;
}

/** Only a county's duty supervisor (值班主任) issues, revokes and lists its agencies' credentials. */
function requireSupervisorOf(caller: Caller, countyCodes: string[]): void {
  if (!hasAnyRole(caller, ['SUPERVISOR'])) {
    throw permissionDenied(
      `agency credentials are a SUPERVISOR's to manage; the caller holds ${caller.roles.join(', ')}`,
    );
  }
  countyCodes.forEach((county) => requireCounty(caller, county));
}

@Injectable()
export class AgencyCredentials {
  constructor(@Inject(AGENCY_CREDENTIAL_STORE) private readonly store: AgencyCredentialStore) {}

  async issue(
    caller: Caller,
    request: { agency: string; countyCodes: string[]; label: string },
    now = new Date(),
  ): Promise<{ credential: AgencyCredential; token: string }> {
    const problems: FieldViolation[] = [];
    if (!isAgencyTarget(request.agency)) {
      problems.push({ field: 'agency', description: `name the agency: one of ${AGENCY_TARGETS.join(', ')}` });
    }
    if (request.countyCodes.length === 0)
      problems.push({ field: 'countyCodes', description: 'name at least one county' });
    for (const county of request.countyCodes.filter((c) => !isKnownCounty(c))) {
      problems.push({ field: 'countyCodes', description: `"${county}" is not a county this center serves` });
    }
    const label = request.label.trim();
    if (label.length === 0 || label.length > MAX_LABEL_LENGTH) {
      problems.push({ field: 'label', description: `say who holds it, in 1–${MAX_LABEL_LENGTH} characters` });
    }
    if (problems.length > 0) throw invalidArgument('the agency credential cannot be issued', problems);
    requireSupervisorOf(caller, request.countyCodes);
    const issued = issueAgencyCredential(
      { agency: request.agency as AgencyCredential['agency'], countyCodes: request.countyCodes, label },
      caller.userId,
      now,
    );
    await this.store.insert(issued.credential);
    return issued;
  }

  async revoke(caller: Caller, credentialId: string, now = new Date()): Promise<AgencyCredential> {
    const credential = await this.store.findById(credentialId);
    if (!credential) throw notFound(`agency credential ${credentialId} does not exist`);
    // Any supervisor of a county it reaches may cut it off: revoking only ever takes access away.
    requireSupervisorOf(caller, [
      credential.countyCodes.find((c) => caller.counties.includes(c)) ?? credential.countyCodes[0]!,
    ]);
    return (await this.store.revoke(credentialId, caller.userId, now)) ?? credential;
  }

  async list(caller: Caller, countyCode: string): Promise<AgencyCredential[]> {
    const counties = countyCode ? [countyCode] : caller.counties;
    requireSupervisorOf(caller, counties);
    return this.store.reaching(counties);
  }
}

/** The guard's check of `Agency <token>` credentials: valid, not revoked, and only for the referral RPCs. */
@Injectable()
export class AgencyCredentialsVerifier implements AgencyCredentialVerifier {
  constructor(@Inject(AGENCY_CREDENTIAL_STORE) private readonly store: AgencyCredentialStore) {}

  async verify(token: string, rpc: string): Promise<Caller> {
    const parsed = parseAgencyToken(token);
    if (!parsed) throw new AgencyCredentialError('the agency credential is not an owa1 token');
    const credential = await this.store.findById(parsed.credentialId);
    if (!credential || !tokenMatches(credential, parsed.secret)) {
      throw new AgencyCredentialError(`agency credential ${parsed.credentialId} is unknown or its secret is wrong`);
    }
    if (credential.revokedAt) {
      throw new AgencyCredentialError(
        `agency credential ${credential.credentialId} was revoked at ${credential.revokedAt}`,
      );
    }
    if (!AGENCY_CREDENTIAL_RPCS.includes(rpc)) {
      throw new AgencyCredentialError(
        `an agency credential may call ${AGENCY_CREDENTIAL_RPCS.join(', ')} only, not ${rpc}`,
      );
    }
    return callerOfCredential(credential);
  }
}
