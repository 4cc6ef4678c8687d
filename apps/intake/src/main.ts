import { ProtoFiles } from '@onewindow/contracts';
import { runService } from '@onewindow/service-runtime';
import { loadIntakeConfig } from './intake.config';
import { IntakeModule } from './intake.module';

runService({
  name: 'intake',
  module: IntakeModule,
  grpcPackage: 'onewindow.intake.v1',
  protoFile: ProtoFiles.intake,
  loadConfig: loadIntakeConfig,
});
