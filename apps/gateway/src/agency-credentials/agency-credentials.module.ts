import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AgencyCredentialsController } from './agency-credentials.controller';

@Module({ imports: [AuditModule], controllers: [AgencyCredentialsController] })
export class AgencyCredentialsModule {}
