import { Controller, ForbiddenException, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HEARING_CALENDAR_ROLES, mayAccessCounty } from '@onewindow/access';
import { hearingRoomsOf, isKnownCounty } from '@onewindow/county';
import type * as rest from '@onewindow/gateway-api';
import { CurrentCaller, type AuthenticatedCaller } from '../auth/current-caller.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { ApiRefusals } from '../http/api-answers';
import { ServiceClients } from '../service-clients/service-clients';
import { CountyQuery, RoomIdParam, RoomWeekQuery } from './proceedings.dto';

/**
 * The county's rooms (仲裁庭室) as configured beside the county table; a county outside the caller's is refused
 * here, as arbitration refuses it for the calendar.
 */
function roomsOfCallersCounty(caller: AuthenticatedCaller, county: string): readonly rest.HearingRoom[] {
  if (!mayAccessCounty(caller, county)) {
    throw new ForbiddenException({
      statusCode: 403,
      error: 'FORBIDDEN',
      message: `county ${county} is not one of yours (${caller.counties.join(', ')})`,
    });
  }
  // A six-digit code the center does not serve has no rooms (no caller works there either).
  return isKnownCounty(county) ? hearingRoomsOf(county) : [];
}

/** 开庭排期: a county's hearing rooms and each room's week, for the arbitration window and the tribunal. */
@ApiTags('arbitration')
@ApiBearerAuth()
@ApiRefusals([400, 401, 403, 429])
@RequireRoles(...HEARING_CALENDAR_ROLES)
@Controller('hearing-rooms')
export class HearingRoomsController {
  constructor(private readonly services: ServiceClients) {}

  @Get()
  @ApiOkResponse({ description: 'HearingRoomList: the rooms of the county, in the order configured' })
  @ApiOperation({ summary: 'The hearing rooms (仲裁庭室) of one of your counties' })
  rooms(@CurrentCaller() caller: AuthenticatedCaller, @Query() { county }: CountyQuery): rest.HearingRoomList {
    return { rooms: roomsOfCallersCounty(caller, county).map(({ roomId, name }) => ({ roomId, name })) };
  }

  @Get(':roomId/hearings')
  @ApiOkResponse({ description: 'RoomHearingList: the hearings booked in the room in the 7 days from weekStart' })
  @ApiOperation({ summary: 'One room’s week (开庭排期): the hearings booked from weekStart for 7 days, by start' })
  @ApiRefusals([404], { 404: 'the county has no such hearing room' })
  async week(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Param() { roomId }: RoomIdParam,
    @Query() { county, weekStart }: RoomWeekQuery,
  ): Promise<rest.RoomHearingList> {
    if (!roomsOfCallersCounty(caller, county).some((room) => room.roomId === roomId)) {
      throw new NotFoundException({
        statusCode: 404,
        error: 'NOT_FOUND',
        message: `county ${county} has no hearing room ${roomId}`,
      });
    }
    const { hearings } = await this.services.call(caller, (s, m) =>
      s.arbitration.listRoomHearings({ countyCode: county, roomId, weekStart }, m),
    );
    return {
      hearings: hearings.map(({ hearingId, caseId, startsAt, endsAt }) => ({ hearingId, caseId, startsAt, endsAt })),
    };
  }
}
