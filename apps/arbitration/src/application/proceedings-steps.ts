import type { Caller } from '@onewindow/access';
import { retryOnConflict } from '@onewindow/persistence';
import { ProceedingsPreconditionError } from '../domain';
import type { ArbitrationCaseRecord, ArbitrationCaseRepository, ArbitrationEvent } from './arbitration-case.repository';
import { requireCallersCase } from './case-access';
import { CaseNotFoundError } from './find-cases.use-case';

export type ProceedingsStepEvent = Extract<ArbitrationEvent, { type: 'ProceedingsStep' }>;

/**
 * One step on an accepted case (受理后): the caller's post is checked first, then the case's county; the
 * change and its step are saved in one write against the version read, read again on a conflict.
 */
export function stepOnAcceptedCase(
  cases: ArbitrationCaseRepository,
  caller: Caller,
  caseId: string,
  authorise: (caller: Caller) => void,
  change: (
    record: ArbitrationCaseRecord,
  ) =>
    | { record: ArbitrationCaseRecord; step: ProceedingsStepEvent }
    | Promise<{ record: ArbitrationCaseRecord; step: ProceedingsStepEvent }>,
): Promise<ArbitrationCaseRecord> {
  authorise(caller);
  return retryOnConflict(async () => {
    const record = caseId ? await cases.findById(caseId) : undefined;
    if (!record) throw new CaseNotFoundError(`with id ${caseId || '(none given)'}`);
    requireCallersCase(caller, record);
    if (record.status !== 'ACCEPTED') {
      throw new ProceedingsPreconditionError(
        'caseId',
        `case ${record.caseId} is ${record.status}; this step is taken on an accepted case only`,
      );
    }
    const changed = await change(record);
    await cases.saveChanges(changed.record, record.version, [changed.step]);
    return { ...changed.record, version: record.version + 1 };
  });
}
