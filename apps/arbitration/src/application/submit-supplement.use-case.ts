import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { todayInChina } from '@onewindow/calendar';
import { retryOnConflict } from '@onewindow/persistence';
import {
  deidentifiedSupplement,
  InvalidSupplementError,
  reviewSupplement,
  Supplement,
  SupplementNotAwaitedError,
} from '../domain';
import {
  ARBITRATION_CASE_REPOSITORY,
  ArbitrationCaseRecord,
  ArbitrationCaseRepository,
} from './arbitration-case.repository';
import { requireMaySubmitSupplements, requireMaySupplement } from './case-access';
import { CaseNotFoundError } from './find-cases.use-case';
import { partiesOf, recordReviewDecision, toCaseDeadline } from './review-application.use-case';

/** The request id was used for another supplement on the case (other content, or another case's). */
export class SupplementRequestReusedError extends Error {
  constructor(requestId: string, caseId: string) {
    super(`request id ${requestId} was already used on case ${caseId} for a supplement with other content`);
    this.name = 'SupplementRequestReusedError';
  }
}

/** A case stored before the application was kept has nothing to apply a supplement to. */
export class ApplicationNotKeptError extends Error {
  constructor(caseId: string) {
    super(`case ${caseId} was stored before arbitration kept the application; register the matter again`);
    this.name = 'ApplicationNotKeptError';
  }
}

export interface SupplementSubmission {
  caseId: string;
  /** chosen by the client: the same request again answers the case as it is */
  requestId: string;
  supplement: Supplement;
}

const MAX_REQUEST_ID_LENGTH = 100;

/** JSON with keys sorted: the stored supplement compares equal whatever order the store keeps its keys in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/**
 * 补正: takes in what the applicant supplies on the supplement notice in force — at the arbitration
 * window or through the portal — and reviews the application again (办案规则 Art. 29). The review's
 * notices follow in the same write as the SupplementSubmitted event, exactly as on receipt.
 */
@Injectable()
export class SubmitSupplementUseCase {
  constructor(@Inject(ARBITRATION_CASE_REPOSITORY) private readonly cases: ArbitrationCaseRepository) {}

  execute(caller: Caller, submission: SupplementSubmission, now = new Date()): Promise<ArbitrationCaseRecord> {
    requireMaySubmitSupplements(caller);
    const { caseId, requestId, supplement } = submission;
    if (!requestId.trim()) throw new InvalidSupplementError('requestId', 'is required: a repeat is recognised by it');
    if (requestId.length > MAX_REQUEST_ID_LENGTH) {
      throw new InvalidSupplementError('requestId', `at most ${MAX_REQUEST_ID_LENGTH} characters`);
    }
    // Two submissions at once cannot both apply to the same notice: the loser re-reads and is judged again.
    return retryOnConflict(async () => {
      const current = caseId ? await this.cases.findById(caseId) : undefined;
      if (!current) throw new CaseNotFoundError(`with id ${caseId || '(none given)'}`);
      requireMaySupplement(caller, current);

      const kept = deidentifiedSupplement(supplement);
      const earlier = current.supplements.find((submitted) => submitted.requestId === requestId);
      if (earlier) {
        if (canonical(earlier.content) !== canonical(kept)) {
          throw new SupplementRequestReusedError(requestId, caseId);
        }
        return current;
      }
      if (current.status !== 'AWAITING_SUPPLEMENT') throw new SupplementNotAwaitedError(current.status);
      if (!current.application) throw new ApplicationNotKeptError(caseId);

      const suppliedOn = todayInChina(now);
      // While a supplement is awaited the case is received on the day the application first arrived.
      const filedOn = current.receivedOn;
      const review = reviewSupplement(
        { status: current.status, application: current.application, missingItems: current.missingItems, filedOn },
        supplement,
        suppliedOn,
      );
      const answered = this.noticeInForce(current);
      const base: ArbitrationCaseRecord = {
        ...current,
        receivedOn: suppliedOn,
        deadlines: review.decision.deadlines.map(toCaseDeadline),
        notes: [...review.decision.notes],
        parties: partiesOf(review.application),
        application: review.application,
        documents: current.documents.map((issued) =>
          // A notice issued before notices kept their own list and day keeps them as printed then.
          issued.kind === 'SUPPLEMENT_NOTICE' && !issued.missingItems
            ? { ...issued, missingItems: current.missingItems, applicationReceivedOn: filedOn }
            : issued,
        ),
        supplements: [
          ...current.supplements,
          {
            requestId,
            submittedOn: suppliedOn,
            submittedBy: caller.userId,
            noticeNumber: answered,
            supplied: [...review.supplied],
            content: kept,
          },
        ],
      };
      const [record, events] = await recordReviewDecision(this.cases, base, review.decision, {
        applicationReceivedOn: filedOn,
        supplementReceivedOn: suppliedOn,
      });
      // Still incomplete, the case stays received on the day it was filed until the material is complete.
      const saved = record.status === 'AWAITING_SUPPLEMENT' ? { ...record, receivedOn: filedOn } : record;
      await this.cases.saveChanges(saved, current.version, [
        {
          type: 'SupplementSubmitted',
          submittedOn: suppliedOn,
          noticeNumber: answered,
          supplied: [...review.supplied],
        },
        ...events,
      ]);
      return { ...saved, version: current.version + 1 };
    });
  }

  /** 文号 of the supplement notice the case awaits an answer to: the last one issued. */
  private noticeInForce(record: ArbitrationCaseRecord): string {
    return record.documents.filter((issued) => issued.kind === 'SUPPLEMENT_NOTICE').at(-1)?.number ?? '';
  }
}
