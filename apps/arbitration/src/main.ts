import { ProtoFiles } from '@onewindow/contracts';
import { runService } from '@onewindow/service-runtime';
import { loadArbitrationConfig } from './arbitration.config';
import { ArbitrationModule } from './arbitration.module';

runService({
  name: 'arbitration',
  module: ArbitrationModule,
  grpcPackage: 'onewindow.arbitration.v1',
  protoFile: ProtoFiles.arbitration,
  loadConfig: loadArbitrationConfig,
});
