import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { AwardPeriodController } from './award-period.controller';

@Module({ imports: [AuditModule, AuthModule], controllers: [AwardPeriodController] })
export class AwardPeriodModule {}
