import { Module } from '@nestjs/common';
import { DemoAccountsSeeder } from './demo-accounts.seeder';
import { UserStore } from './user-store';

@Module({ providers: [UserStore, DemoAccountsSeeder], exports: [UserStore] })
export class UsersModule {}
