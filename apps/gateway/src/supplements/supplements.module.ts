import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CaseSupplementsController, PortalSupplementController } from './supplements.controller';

@Module({ imports: [AuditModule, AuthModule], controllers: [CaseSupplementsController, PortalSupplementController] })
export class SupplementsModule {}
