// A mediation case record as the service keeps it, for the application's unit specs: the domain
// fixture's Zengdu wage-and-severance dispute, received on 2026-03-05.
import { mediationPeriod } from '../../domain';
import { COUNTY } from '../../domain/testing/mediation.fixture';
import type { MediationCaseRecord } from '../mediation-case.repository';

export function mediationCase(overrides: Partial<MediationCaseRecord> = {}): MediationCaseRecord {
  return {
    caseId: 'matter-1/1',
    referralId: 'matter-1/1',
    matterId: 'matter-1',
    matterNumber: '421303-2026-000001',
    countyCode: COUNTY,
    status: 'IN_MEDIATION',
    receivedOn: '2026-03-05',
    routingReason: '调解优先',
    recommendationNumber: '421303-调建-2026-000001',
    workerName: '张三',
    employerName: '随州市某某建筑有限公司',
    claims: [
      { category: 'WAGES', description: '工资', amountFen: 800_000 },
      { category: 'SEVERANCE', description: '经济补偿', amountFen: 500_000 },
    ],
    workerConsented: true,
    period: mediationPeriod({ countyCode: COUNTY, receivedOn: '2026-03-05' }),
    periodDeadlineSubject: 'matter-1/1',
    conflicts: [],
    sessions: [],
    agreementNumber: '',
    payments: [],
    courtApplications: [],
    concludedOn: '',
    documents: [],
    version: 3,
    ...overrides,
  };
}
