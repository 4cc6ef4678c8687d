import { ProtoFiles } from '@onewindow/contracts';
import { runService } from '@onewindow/service-runtime';
import { AgencyCredentialsVerifier } from './application/agency-credentials';
import { loadRoutingConfig } from './routing.config';
import { RoutingModule } from './routing.module';

runService({
  name: 'routing',
  module: RoutingModule,
  grpcPackage: 'onewindow.routing.v1',
  protoFile: ProtoFiles.routing,
  // Outside agencies' systems call routing's referral RPCs with credentials of their own.
  agencyCredentials: AgencyCredentialsVerifier,
  loadConfig: loadRoutingConfig,
});
