import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { QueueItems } from './queue-items';
import { QueuesController } from './queues.controller';

@Module({ imports: [AuditModule], controllers: [QueuesController], providers: [QueueItems], exports: [QueueItems] })
export class QueuesModule {}
