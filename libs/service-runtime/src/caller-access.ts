import { type Caller, mayAccessCounty } from '@onewindow/access';
import { RpcException } from '@nestjs/microservices';
import { status } from '@grpc/grpc-js';

// Who is calling comes only from callerFrom (trust/caller-authentication.guard): the caller a
// verified credential vouches for. What that caller may do is each service's own rule.

export function permissionDenied(message: string): RpcException {
  return new RpcException({ code: status.PERMISSION_DENIED, message });
}

/** PERMISSION_DENIED unless the county is one of the caller's. */
export function requireCounty(caller: Caller, countyCode: string): void {
  if (!mayAccessCounty(caller, countyCode)) {
    throw permissionDenied(`county ${countyCode} is outside the caller's counties (${caller.counties.join(', ')})`);
  }
}
