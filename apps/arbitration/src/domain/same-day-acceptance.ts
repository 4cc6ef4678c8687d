// Which accepted applications get the acceptance notice (受理通知书) the same day: the seed's 四(三)
// names 拖欠工资争议、工伤争议、重大集体争议. We read them as: any WAGES claim (劳动报酬), any
// WORK_INJURY_MEDICAL claim (工伤医疗费), and a collective dispute — at least 10 workers with a common
// claim (劳动争议调解仲裁法 Art. 7). Claims that look time-barred do not qualify a matter on their own.
import { MatterContent } from './matter-content';

export type SameDayGround = 'WAGE_ARREARS' | 'WORK_INJURY' | 'MAJOR_COLLECTIVE';

/** 劳动争议调解仲裁法 Art. 7: 发生劳动争议的劳动者一方在十人以上，并有共同请求的 */
export const COLLECTIVE_DISPUTE_MIN_WORKERS = 10;

export function isCollectiveDispute(content: Pick<MatterContent, 'workerCount' | 'commonClaim'>): boolean {
  return content.commonClaim && content.workerCount >= COLLECTIVE_DISPUTE_MIN_WORKERS;
}

export function sameDayAcceptanceGrounds(
  content: Pick<MatterContent, 'claims' | 'workerCount' | 'commonClaim'>,
  timeBarredClaimIndexes: readonly number[] = [],
): SameDayGround[] {
  const live = content.claims.filter((_, index) => !timeBarredClaimIndexes.includes(index));
  const grounds: SameDayGround[] = [];
  if (live.some((c) => c.category === 'WAGES')) grounds.push('WAGE_ARREARS');
  if (live.some((c) => c.category === 'WORK_INJURY_MEDICAL')) grounds.push('WORK_INJURY');
  if (isCollectiveDispute(content)) grounds.push('MAJOR_COLLECTIVE');
  return grounds;
}
