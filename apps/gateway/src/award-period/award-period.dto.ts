import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { APPROVER_POSTS, MAX_AWARD_EXTENSION_DAYS, SUSPENSION_GROUNDS } from '@onewindow/gateway-api';
import type * as rest from '@onewindow/gateway-api';
import { Omittable } from '../http/validation';
import { DATE, NOT_BLANK, dateMessage } from '../http/request-fields';

// The REST shape of the award period's steps and the withdrawal (仲裁期限, 劳动争议调解仲裁法 Art. 43;
// 办案规则 Arts. 35, 45–47). The gateway checks types, formats and ceilings; whether a day is in order, the
// period still runs or the one extension was already used is arbitration's to judge (409, or 400 naming
// the field, the same names as here).

/** A staff user id as arbitration keeps it (an approver, e.g. chair.zengdu). */
const USER_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;
/** Arbitration keeps each reason or details of 2 to 500 characters. */
const TEXT = 500;

const blankMessage = (field: string) => ({ message: `${field} must not be empty` });

/** The chair's written approval (经仲裁委员会主任书面批准): who, in what post, on which day. */
class WrittenApprovalDto implements rest.WrittenApproval {
  @ApiPropertyOptional({
    description: "the approver's staff user id; the signed-in user when absent",
    pattern: USER_ID.source,
    example: 'chair.zengdu',
  })
  @Omittable()
  @IsString()
  @Matches(USER_ID, { message: 'approvedBy must be a staff user id such as chair.zengdu' })
  approvedBy?: string;

  @ApiProperty({
    enum: APPROVER_POSTS,
    description: 'COMMITTEE_CHAIR 仲裁委员会主任, or DELEGATED_COURT_HEAD 受委托的仲裁院院长',
  })
  @IsIn(APPROVER_POSTS, { message: `approverPost must be one of ${APPROVER_POSTS.join(', ')}` })
  approverPost!: rest.ApproverPost;

  @ApiProperty({ description: 'YYYY-MM-DD, the day of the written approval', example: '2026-03-20' })
  @IsString()
  @Matches(DATE, dateMessage('approvedOn'))
  approvedOn!: string;
}

export class ExtendAwardPeriodDto extends WrittenApprovalDto implements rest.ExtendAwardPeriodRequest {
  @ApiProperty({
    description: 'calendar days, 1 to 15 (延长期限不得超过十五日, 办案规则 Art. 45)',
    minimum: 1,
    maximum: MAX_AWARD_EXTENSION_DAYS,
    example: 15,
  })
  @IsInt({ message: 'days must be a whole number of days' })
  @Min(1, { message: 'days must be at least 1' })
  @Max(MAX_AWARD_EXTENSION_DAYS, { message: `days must be at most ${MAX_AWARD_EXTENSION_DAYS} (办案规则第四十五条)` })
  days!: number;

  @ApiProperty({
    description: 'why the case is complex (案情复杂需要延期)',
    maxLength: TEXT,
    example: '案情复杂，需要调取社保缴费记录',
  })
  @IsString()
  @Matches(NOT_BLANK, blankMessage('reason'))
  @MaxLength(TEXT)
  reason!: string;
}

export class SuspendProceedingsDto extends WrittenApprovalDto implements rest.SuspendProceedingsRequest {
  @ApiProperty({
    enum: SUSPENSION_GROUNDS,
    description: '办案规则 Art. 47 items (一)–(七), e.g. AWAITING_DETERMINATION (工伤认定、伤残等级鉴定)',
  })
  @IsIn(SUSPENSION_GROUNDS, { message: `ground must be one of ${SUSPENSION_GROUNDS.join(', ')}` })
  ground!: rest.SuspensionGround;

  @ApiProperty({ description: 'what the ground is in this case', maxLength: TEXT, example: '等待劳动能力鉴定结论' })
  @IsString()
  @Matches(NOT_BLANK, blankMessage('details'))
  @MaxLength(TEXT)
  details!: string;

  @ApiProperty({ description: 'YYYY-MM-DD, on or after the approval', example: '2026-03-20' })
  @IsString()
  @Matches(DATE, dateMessage('suspendedOn'))
  suspendedOn!: string;
}

export class ResumeProceedingsDto implements rest.ResumeProceedingsRequest {
  @ApiProperty({ description: 'YYYY-MM-DD', example: '2026-04-02' })
  @IsString()
  @Matches(DATE, dateMessage('resumedOn'))
  resumedOn!: string;

  @ApiProperty({
    description: 'why the ground has gone (中止审理的情形消除)',
    maxLength: TEXT,
    example: '鉴定结论已送达',
  })
  @IsString()
  @Matches(NOT_BLANK, blankMessage('reason'))
  @MaxLength(TEXT)
  reason!: string;
}

export class WithdrawApplicationDto implements rest.WithdrawApplicationRequest {
  @ApiProperty({ description: 'YYYY-MM-DD, not after today', example: '2026-03-20' })
  @IsString()
  @Matches(DATE, dateMessage('withdrawnOn'))
  withdrawnOn!: string;

  @ApiProperty({ description: "the applicant's reason, as they gave it", maxLength: TEXT, example: '双方已自行和解' })
  @IsString()
  @Matches(NOT_BLANK, blankMessage('reason'))
  @MaxLength(TEXT)
  reason!: string;

  @ApiProperty({ description: 'the parties settled (自行和解, 劳动争议调解仲裁法 Art. 41)' })
  @IsBoolean()
  settled!: boolean;
}
