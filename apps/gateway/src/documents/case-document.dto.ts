import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { CASE_DOCUMENT_KINDS, type CaseDocumentKind } from '@onewindow/gateway-api';
import { CaseIdParam } from '../queues/queue-actions.dto';
import { MatterNumberParam } from '../matters/matter-queries.dto';

const KIND_PATTERN = `^(${CASE_DOCUMENT_KINDS.join('|')})$`;
const kindProperty = () =>
  ApiProperty({
    enum: CASE_DOCUMENT_KINDS,
    pattern: KIND_PATTERN,
    description:
      '收件回执 receipt, 受理通知书 acceptance-notice, 不予受理通知书 non-acceptance-notice, 补正通知书 supplement-notice, ' +
      '仲裁申请书副本送达通知书 application-copy-notice, 答辩通知书 defence-notice, 组庭通知书 tribunal-notice, ' +
      '开庭通知书 hearing-notice, 仲裁调解书 mediation-statement, 仲裁裁决书 award, 先予执行裁决书 advance-enforcement',
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

/**
 * 文号, e.g. 421303-仲补-2026-000002: county, kind (仲收, 仲受, 仲不受, 仲补, 仲送, 仲答, 仲庭, 仲开, 仲调, 仲裁, 仲先),
 * year, sequence.
 */
const DOCUMENT_NUMBER = /^\d{6}-[\u4e00-\u9fff]{2,3}-\d{4}-\d{6}$/;

/**
 * Which one of a kind issued more than once (a 补正通知书 per supplement round, a 开庭通知书 per hearing, the two
 * 裁决书 of a MIXED award); the latest when absent.
 */
export class DocumentNumberQuery {
  @ApiPropertyOptional({
    description: '文号 of the one wanted; the latest of the kind when absent',
    pattern: DOCUMENT_NUMBER.source,
    example: '421303-仲补-2026-000002',
  })
  @IsOptional()
  @Matches(DOCUMENT_NUMBER, { message: 'number must be a 文号 such as 421303-仲补-2026-000002' })
  number?: string;
}
