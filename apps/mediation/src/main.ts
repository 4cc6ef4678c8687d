import { ProtoFiles } from '@onewindow/contracts';
import { runService } from '@onewindow/service-runtime';
import { loadMediationConfig } from './mediation.config';
import { MediationModule } from './mediation.module';

runService({
  name: 'mediation',
  module: MediationModule,
  grpcPackage: 'onewindow.mediation.v1',
  protoFile: ProtoFiles.mediation,
  loadConfig: loadMediationConfig,
});
