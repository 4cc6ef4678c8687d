import { ProtoFiles } from '@onewindow/contracts';
import { runService } from '@onewindow/service-runtime';
import { loadLaborRelationsConfig } from './labor-relations.config';
import { LaborRelationsModule } from './labor-relations.module';

runService({
  name: 'labor-relations',
  module: LaborRelationsModule,
  grpcPackage: 'onewindow.labor_relations.v1',
  protoFile: ProtoFiles['labor-relations'],
  loadConfig: loadLaborRelationsConfig,
});
