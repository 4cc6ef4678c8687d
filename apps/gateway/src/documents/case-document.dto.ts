import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CASE_DOCUMENT_KINDS, type CaseDocumentKind } from '@onewindow/gateway-api';
import { CaseIdParam } from '../queues/queue-actions.dto';
import { MatterNumberParam } from '../matters/matter-queries.dto';

const KIND_PATTERN = `^(${CASE_DOCUMENT_KINDS.join('|')})$`;
const kindProperty = () =>
  ApiProperty({
    enum: CASE_DOCUMENT_KINDS,
    pattern: KIND_PATTERN,
    description:
      '收件回执 receipt, 受理通知书 acceptance-notice, 不予受理通知书 non-acceptance-notice, 补正通知书 supplement-notice',
    example: 'receipt',
  });
const kindMessage = { message: `kind must be one of ${CASE_DOCUMENT_KINDS.join(', ')}` };

export class CaseDocumentParams extends CaseIdParam {
  @kindProperty()
  @IsIn(CASE_DOCUMENT_KINDS, kindMessage)
  kind!: CaseDocumentKind;
}

export class MatterDocumentParams extends MatterNumberParam {
  @kindProperty()
  @IsIn(CASE_DOCUMENT_KINDS, kindMessage)
  kind!: CaseDocumentKind;
}
