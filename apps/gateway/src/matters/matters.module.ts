import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MattersController } from './matters.controller';

@Module({ imports: [AuditModule], controllers: [MattersController] })
export class MattersModule {}
