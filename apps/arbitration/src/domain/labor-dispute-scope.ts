// Scope of labor-dispute arbitration (劳动争议调解仲裁法 Art. 2; 办案规则 Art. 2). The inspection
// categories are kept in scope: a worker who claims money for them is in a dispute over a contract
// (NO_WRITTEN_CONTRACT → double wages, 劳动合同法 Art. 82), wages (BELOW_MINIMUM_WAGE), hours
// (EXCESSIVE_OVERTIME), social insurance losses, or the one-off compensation for an illegally employed
// child (非法用工单位伤亡人员一次性赔偿办法 Art. 9 sends disputes over its amount to labor-dispute handling).
// Only OTHER (a private loan, a contractor's fee) lies outside Art. 2.
import { ClaimCategory } from './matter-content';

export const SCOPE_CITATION = '《劳动争议调解仲裁法》第二条；《劳动人事争议仲裁办案规则》第二条、第三十条第（一）项';

export function isLaborDisputeCategory(category: ClaimCategory): boolean {
  return category !== 'OTHER';
}

export interface ScopeAssessment {
  /** indexes of claims outside Art. 2 */
  readonly outsideScope: readonly number[];
  /** true when there are claims and none is a labor dispute */
  readonly noneInScope: boolean;
}

export function assessScope(claims: readonly { category: ClaimCategory }[]): ScopeAssessment {
  const outsideScope = claims.flatMap((claim, index) => (isLaborDisputeCategory(claim.category) ? [] : [index]));
  return { outsideScope, noneInScope: claims.length > 0 && outsideScope.length === claims.length };
}
