import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CaseDocumentsController, PortalDocumentsController } from './case-documents.controller';

@Module({ imports: [AuditModule, AuthModule], controllers: [CaseDocumentsController, PortalDocumentsController] })
export class DocumentsModule {}
