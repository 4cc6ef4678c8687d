import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { AwardController } from './award.controller';
import { HearingRoomsController } from './hearing-rooms.controller';
import { ProceedingsController } from './proceedings.controller';

@Module({
  imports: [AuditModule, AuthModule],
  controllers: [ProceedingsController, AwardController, HearingRoomsController],
})
export class ProceedingsModule {}
