import { Module } from '@nestjs/common';
import { QueuesModule } from '../queues/queues.module';
import { DashboardController } from './dashboard.controller';

@Module({ imports: [QueuesModule], controllers: [DashboardController] })
export class DashboardModule {}
