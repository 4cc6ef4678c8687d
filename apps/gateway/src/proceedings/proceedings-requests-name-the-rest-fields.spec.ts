import { HttpException } from '@nestjs/common';
import type { ApiError } from '@onewindow/gateway-api';
import {
  restFieldOf,
  SCHEDULE_HEARING_FIELDS,
  toAwardRequest,
  toComposeTribunal,
  toDecideChallenge,
  toRecordHearing,
  toScheduleHearing,
  withRestFieldNames,
} from './proceedings-requests';
import type { ComposeTribunalDto, DecideChallengeDto, IssueAwardDto, ScheduleHearingDto } from './proceedings.dto';

// The proceedings' REST bodies as arbitration's requests, and arbitration's field names as the REST body's.

describe('the proceedings requests at the gateway', () => {
  it('sends a hearing on site or online with the other venue left empty', () => {
    const online = { startsAt: 'a', endsAt: 'b', meetingLink: 'https://m.example.cn/1', noticeServedOn: 'c' };
    expect(toScheduleHearing('r1/1', online as ScheduleHearingDto)).toEqual({
      caseId: 'r1/1',
      startsAt: 'a',
      endsAt: 'b',
      roomId: '',
      place: '',
      meetingLink: 'https://m.example.cn/1',
      noticeServedOn: 'c',
    });
  });

  it('sends the omitted flags and days as the wire’s empty values', () => {
    const body = {
      form: 'SOLE_ARBITRATOR',
      arbitrators: [{ arbitratorId: 'a1', name: '陈仲裁', role: 'SOLE' }],
      composedOn: '2026-12-01',
    } as ComposeTribunalDto;
    expect(toComposeTribunal('r1/1', body)).toMatchObject({
      factsClear: false,
      bothPartiesAgree: false,
      notifiedOn: '',
    });
    const decision = { decision: 'REFUSED', decidedBy: 'COMMISSION_CHAIR', decidedOn: 'd', reason: '理由不成立' };
    expect(toDecideChallenge('r1/1', '2', decision as DecideChallengeDto)).toMatchObject({
      challengeIndex: 2,
      replacementArbitratorId: '',
      replacementName: '',
    });
    expect(toRecordHearing('r1/1', 'h1', { recordText: '庭审笔录……' })).toEqual({
      caseId: 'r1/1',
      hearingId: 'h1',
      recordText: '庭审笔录……',
      absences: [],
    });
    const award = { awardedOn: 'd', scope: 'WHOLE', decisions: [] } as unknown as IssueAwardDto;
    expect(toAwardRequest('r1/1', award).partialBasis).toBe('');
  });

  it("names the hearing venue's parts as the REST body does, and leaves the others", () => {
    expect(
      ['venue.roomId', 'venue.place', 'venue.meetingLink', 'venue.mode', 'startsAt'].map((f) =>
        restFieldOf(SCHEDULE_HEARING_FIELDS, f),
      ),
    ).toEqual(['roomId', 'place', 'meetingLink', 'roomId', 'startsAt']);
  });

  it('renames the violations of a refusal and keeps its status and message', async () => {
    const refused: ApiError = {
      statusCode: 400,
      error: 'BAD_REQUEST',
      message: 'venue.place: must have 2 to 200 characters',
      violations: [{ field: 'venue.place', description: 'must have 2 to 200 characters' }],
    };
    const error = await withRestFieldNames(SCHEDULE_HEARING_FIELDS, () =>
      Promise.reject(new HttpException(refused, 400)),
    ).catch((failure: HttpException) => failure);
    expect(error.getStatus()).toBe(400);
    expect(error.getResponse()).toEqual({ ...refused, violations: [{ ...refused.violations![0], field: 'place' }] });
    const conflict = new HttpException({ statusCode: 409, error: 'CONFLICT', message: 'room booked' }, 409);
    await expect(withRestFieldNames(SCHEDULE_HEARING_FIELDS, () => Promise.reject(conflict))).rejects.toBe(conflict);
  });
});
