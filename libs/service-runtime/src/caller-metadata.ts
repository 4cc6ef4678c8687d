import { Metadata, status } from '@grpc/grpc-js';
import { RpcException } from '@nestjs/microservices';
import { type Caller, mayAccessCounty, parseCaller } from '@onewindow/access';

// The gateway vouches for the signed-in caller in these gRPC metadata entries on every call; each
// service reads them again and refuses what lies outside the caller's counties, so a bug in the
// gateway cannot open another county's matter. Only the gateway (and trusted tools) reach the
// services' gRPC ports; the network policy in deploy/ keeps it so.
export const CallerMetadataKeys = {
  user: 'x-onewindow-user',
  roles: 'x-onewindow-roles',
  counties: 'x-onewindow-counties',
  agency: 'x-onewindow-agency',
} as const;

export function callerToMetadata(caller: Caller, metadata = new Metadata()): Metadata {
  metadata.set(CallerMetadataKeys.user, caller.userId);
  metadata.set(CallerMetadataKeys.roles, caller.roles.join(','));
  metadata.set(CallerMetadataKeys.counties, caller.counties.join(','));
  if (caller.agency) metadata.set(CallerMetadataKeys.agency, caller.agency);
  return metadata;
}

const entry = (metadata: Metadata | undefined, key: string) => {
  const value = metadata?.get(key)[0];
  return value === undefined ? undefined : String(value);
};

/** The caller named in the metadata; UNAUTHENTICATED when it is missing or malformed. */
export function callerFrom(metadata: Metadata | undefined): Caller {
  const caller = parseCaller({
    userId: entry(metadata, CallerMetadataKeys.user),
    roles: entry(metadata, CallerMetadataKeys.roles),
    counties: entry(metadata, CallerMetadataKeys.counties),
    agency: entry(metadata, CallerMetadataKeys.agency),
  });
  if (!caller) {
    throw new RpcException({
      code: status.UNAUTHENTICATED,
      message: `caller metadata (${Object.values(CallerMetadataKeys).slice(0, 3).join(', ')}) is missing or malformed`,
    });
  }
  return caller;
}

export function permissionDenied(message: string): RpcException {
  return new RpcException({ code: status.PERMISSION_DENIED, message });
}

/** PERMISSION_DENIED unless the county is one of the caller's. */
export function requireCounty(caller: Caller, countyCode: string): void {
  if (!mayAccessCounty(caller, countyCode)) {
    throw permissionDenied(`county ${countyCode} is outside the caller's counties (${caller.counties.join(', ')})`);
  }
}
