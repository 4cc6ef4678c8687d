import { InterceptingCall, Interceptor, Metadata } from '@grpc/grpc-js';
import type { Caller } from '@onewindow/access';
import type { CallerAssertionSigner } from './caller-assertion';
import { ASSERTION_SCHEME, AUTHORIZATION_KEY } from './caller-authentication.guard';

// The caller of an outgoing call rides beside its metadata, never in it: the channel to each
// service turns it into an assertion addressed to that service (callerAssertionInterceptor).
const outgoingCallers = new WeakMap<Metadata, Caller>();

/** Metadata for a call made as `caller`; the channel's interceptor signs it for the service called. */
export function asCaller(caller: Caller, metadata = new Metadata()): Metadata {
  outgoingCallers.set(metadata, caller);
  return metadata;
}

/** For the channel to `audience`: every call made with asCaller(...) carries an assertion for it. */
export function callerAssertionInterceptor(signer: CallerAssertionSigner, audience: string): Interceptor {
  return (options, nextCall) =>
    new InterceptingCall(nextCall(options), {
      start(metadata, listener, next) {
        const caller = outgoingCallers.get(metadata);
        if (caller) metadata.set(AUTHORIZATION_KEY, `${ASSERTION_SCHEME} ${signer.sign(caller, audience)}`);
        next(metadata, listener);
      },
    });
}
