// The hearing rooms (仲裁庭 / 开庭室) of each county's arbitration commission, as configuration beside the
// county table: a hearing on site is held in one of them (劳动争议调解仲裁法 Art. 35: the notice names the
// place). These are the demo data, two rooms a county; each commission configures its own rooms here.
import { assertKnownCounty, type CountyCode } from './county-registry';

export interface HearingRoom {
  /** stable id within the county, e.g. 'room-1' (the room calendar is keyed by it) */
  readonly roomId: string;
  /** as printed on the hearing notice (开庭通知书) and shown in the calendar, e.g. 第一仲裁庭 */
  readonly name: string;
}

const DEMO_ROOMS: readonly HearingRoom[] = Object.freeze([
  { roomId: 'room-1', name: '第一仲裁庭' },
  { roomId: 'room-2', name: '第二仲裁庭' },
]);

const HEARING_ROOMS: Readonly<Record<CountyCode, readonly HearingRoom[]>> = Object.freeze({
  '421300': DEMO_ROOMS,
  '421303': DEMO_ROOMS,
  '421321': DEMO_ROOMS,
  '421381': DEMO_ROOMS,
});

/** The county's hearing rooms, in the order configured; UnknownCountyError for a county OneWindow does not serve. */
export function hearingRoomsOf(countyCode: CountyCode): readonly HearingRoom[] {
  assertKnownCounty(countyCode);
  return HEARING_ROOMS[countyCode] ?? [];
}
