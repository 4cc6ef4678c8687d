import { CanActivate, ExecutionContext, Logger } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { Metadata, ServerUnaryCall, status } from '@grpc/grpc-js';
import type { Caller } from '@onewindow/access';
import { CallerAssertionError, CallerAssertionVerifier } from './caller-assertion';

export const AUTHORIZATION_KEY = 'authorization';
export const ASSERTION_SCHEME = 'Bearer';
export const AGENCY_CREDENTIAL_SCHEME = 'Agency';

/**
 * An outside agency's own credential (协作单位凭证), checked by the service that issued it (routing):
 * the agency caller it stands for, or a reason it does not.
 */
export interface AgencyCredentialVerifier {
  verify(credential: string, rpc: string): Promise<Caller>;
}

/** Thrown by an AgencyCredentialVerifier: the reason goes to the log and the UNAUTHENTICATED answer. */
export class AgencyCredentialError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'AgencyCredentialError';
  }
}

// The callers this process has verified, by the metadata of their call: nothing read from a call's
// metadata by name is ever trusted, only what the guard put here.
const verifiedCallers = new WeakMap<Metadata, Caller>();

/** The verified caller of this call; UNAUTHENTICATED when the guard did not vouch for one. */
export function callerFrom(metadata: Metadata | undefined): Caller {
  const caller = metadata && verifiedCallers.get(metadata);
  if (!caller) throw unauthenticated('the call carries no verified caller');
  return caller;
}

const unauthenticated = (message: string) => new RpcException({ code: status.UNAUTHENTICATED, message });

/**
 * Every gRPC call must carry a credential this service verifies before any handler runs: a caller
 * assertion signed by the gateway or a tool (`authorization: Bearer <JWS>`), or, where the service
 * takes them, an agency credential (`authorization: Agency <credential>`). Anything else is refused
 * with UNAUTHENTICATED and logged with the peer, whatever caller metadata the call names.
 */
export class CallerAuthenticationGuard implements CanActivate {
  private readonly logger = new Logger('CallerAuthentication');

  constructor(
    private readonly assertions: CallerAssertionVerifier,
    private readonly agencies?: AgencyCredentialVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'rpc') return true;
    const metadata = context.switchToRpc().getContext<Metadata>();
    const rpc = context.getHandler().name;
    try {
      verifiedCallers.set(metadata, await this.authenticate(metadata, rpc));
      return true;
    } catch (error) {
      if (!(error instanceof CallerAssertionError || error instanceof AgencyCredentialError)) throw error;
      const call = context.getArgByIndex<ServerUnaryCall<unknown, unknown> | undefined>(2);
      this.logger.warn(`refused ${rpc} from ${call?.getPeer?.() ?? 'an unknown peer'}: ${error.message}`);
      throw unauthenticated(error.message);
    }
  }

  private async authenticate(metadata: Metadata, rpc: string): Promise<Caller> {
    const values = metadata.get(AUTHORIZATION_KEY);
    if (values.length !== 1) {
      throw new CallerAssertionError(
        values.length === 0
          ? 'the call carries no credential (authorization metadata)'
          : 'the call carries several credentials',
      );
    }
    const value = String(values[0]);
    const space = value.indexOf(' ');
    const [scheme, credential] = [value.slice(0, space), value.slice(space + 1)];
    if (scheme === ASSERTION_SCHEME) return this.assertions.verify(credential);
    if (scheme === AGENCY_CREDENTIAL_SCHEME) {
      if (!this.agencies) throw new AgencyCredentialError('this service does not take agency credentials');
      return this.agencies.verify(credential, rpc);
    }
    throw new CallerAssertionError(
      `the credential's scheme must be ${ASSERTION_SCHEME} or ${AGENCY_CREDENTIAL_SCHEME}`,
    );
  }
}
