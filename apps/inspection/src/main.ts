import { ProtoFiles } from '@onewindow/contracts';
import { runService } from '@onewindow/service-runtime';
import { loadInspectionConfig } from './inspection.config';
import { InspectionModule } from './inspection.module';

runService({
  name: 'inspection',
  module: InspectionModule,
  grpcPackage: 'onewindow.inspection.v1',
  protoFile: ProtoFiles.inspection,
  loadConfig: loadInspectionConfig,
});
