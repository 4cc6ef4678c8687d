import { ProtoFiles } from '@onewindow/contracts';
import { runService } from '@onewindow/service-runtime';
import { loadRoutingConfig } from './routing.config';
import { RoutingModule } from './routing.module';

runService({
  name: 'routing',
  module: RoutingModule,
  grpcPackage: 'onewindow.routing.v1',
  protoFile: ProtoFiles.routing,
  loadConfig: loadRoutingConfig,
});
