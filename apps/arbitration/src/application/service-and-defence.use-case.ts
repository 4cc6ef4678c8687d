import { Inject, Injectable } from '@nestjs/common';
import { type Caller, hasAnyRole, SUPPLEMENT_RECEIVING_ROLES } from '@onewindow/access';
import { todayInChina } from '@onewindow/calendar';
import { permissionDenied } from '@onewindow/service-runtime';
import {
  type Delivery,
  type ElectronicServiceConsent,
  InvalidProceedingsInputError,
  ProceedingsPreconditionError,
  recordApplicationCopyService,
  recordDefence,
} from '../domain';
import {
  ARBITRATION_CASE_REPOSITORY,
  type ArbitrationCaseRecord,
  type ArbitrationCaseRepository,
} from './arbitration-case.repository';
import { issueCaseDocument } from './documents/issue-case-document';
import { type ProceedingsStepEvent, stepOnAcceptedCase } from './proceedings-steps';
import { toCaseDeadline } from './review-application.use-case';
import { APPLICATION_COPY_SERVICE_DEADLINE } from '../domain/watched-case-deadlines';

export interface ServiceRequest {
  method: string;
  trackingNumber: string;
  receivedOn: string;
  signedBy: string;
}

/**
 * 送达 and 答辩 (劳动争议调解仲裁法 Art. 30): the application copy served on the respondent, by post or in
 * person (electronically: electronic-service.use-case.ts), which starts the respondent's 10 days; then the
 * defence as it comes — late or not, the case goes on. Recorded at the arbitration window (立案书记员, 仲裁员).
 */
@Injectable()
export class ServiceAndDefenceUseCase {
  constructor(@Inject(ARBITRATION_CASE_REPOSITORY) private readonly cases: ArbitrationCaseRepository) {}

  recordService(caller: Caller, caseId: string, request: ServiceRequest, now = new Date()) {
    return stepOnAcceptedCase(this.cases, caller, caseId, requireMayRecordService, (record) =>
      applicationCopyServed(this.cases, record, deliveryOf(request), now),
    );
  }

  recordDefence(caller: Caller, caseId: string, request: { submittedOn: string }, now = new Date()) {
    return stepOnAcceptedCase(this.cases, caller, caseId, requireMayRecordService, async (record) => {
      if (record.defence) {
        throw new ProceedingsPreconditionError('caseId', `the defence was received on ${record.defence.submittedOn}`);
      }
      const defence = recordDefence(record.applicationCopyService!, request, { now });
      // 答辩通知书 to the applicant with the defence copy (Art. 30), issued the day the defence is recorded.
      const noticed = await issueCaseDocument(
        this.cases,
        { ...record, defence },
        { kind: 'DEFENCE_NOTICE', issuedOn: todayInChina(now) },
      );
      return {
        record: noticed.record,
        step: {
          type: 'ProceedingsStep',
          kind: 'DEFENCE_FILED',
          summary:
            `被申请人于 ${defence.submittedOn} 提交答辩书` +
            (defence.late ? `（逾期，答辩期限 ${defence.dueOn}；不影响仲裁程序进行）` : '') +
            `，答辩书副本应于 ${defence.copyToApplicantDue.dueOn} 前送达申请人（${noticed.issued.title} ${noticed.issued.number}）`,
          shows: [toCaseDeadline(defence.copyToApplicantDue)],
          deadlineMoves: [],
        },
      };
    });
  }
}

const SERVED_HOW: Readonly<Record<Delivery['method'], string>> = {
  POST: '邮寄',
  IN_PERSON: '直接送达',
  ELECTRONIC: '电子送达',
};

/**
 * The application copy served (Art. 30), however it went: the rules' service, the 应诉通知书 issued in the same
 * write, and the step that meets the 5 days' watch. Post and in person (above) and 电子送达
 * (electronic-service.use-case.ts) all serve through here; `electronicConsent` is the respondent's agreement.
 */
export async function applicationCopyServed(
  cases: ArbitrationCaseRepository,
  record: ArbitrationCaseRecord,
  delivery: Delivery,
  now: Date,
  electronicConsent?: ElectronicServiceConsent,
): Promise<{ record: ArbitrationCaseRecord; step: ProceedingsStepEvent }> {
  if (record.applicationCopyService) {
    throw new ProceedingsPreconditionError(
      'caseId',
      `the application copy was served on ${record.applicationCopyService.servedOn} already`,
    );
  }
  const service = recordApplicationCopyService(
    { countyCode: record.countyCode, delivery },
    { countyCode: record.countyCode, acceptedOn: record.acceptedOn, now, electronicConsent },
  );
  const how = SERVED_HOW[service.delivery.method];
  // 应诉通知书 (Art. 30): it went with the copy, so it bears the day of service and the defence due then.
  const noticed = await issueCaseDocument(
    cases,
    { ...record, applicationCopyService: service },
    { kind: 'APPLICATION_COPY_NOTICE', issuedOn: service.servedOn, deadline: toCaseDeadline(service.defenceDue) },
  );
  return {
    record: noticed.record,
    step: {
      type: 'ProceedingsStep',
      kind: 'APPLICATION_COPY_SERVED',
      summary:
        `仲裁申请书副本已于 ${service.servedOn} ${how}送达被申请人` +
        (service.servedLate ? `（晚于送达期限 ${service.dueOn}）` : '') +
        `，答辩期限至 ${service.defenceDue.dueOn}（${noticed.issued.title} ${noticed.issued.number}）`,
      shows: [toCaseDeadline(service.defenceDue)],
      // Served, late or not: the watch on the 5 days of Art. 30 ends (a late service is shown as late).
      deadlineMoves: [
        {
          action: 'meet',
          kind: APPLICATION_COPY_SERVICE_DEADLINE,
          subjectId: record.caseId,
          reason: `仲裁申请书副本已于 ${service.servedOn} ${how}送达被申请人`,
        },
      ],
    },
  };
}

function deliveryOf(request: ServiceRequest): Delivery {
  if (request.method === 'POST') {
    return { method: 'POST', trackingNumber: request.trackingNumber, receivedOn: request.receivedOn };
  }
  if (request.method === 'IN_PERSON') {
    return { method: 'IN_PERSON', receivedOn: request.receivedOn, signedBy: request.signedBy };
  }
  throw new InvalidProceedingsInputError(
    'method',
    request.method === 'ELECTRONIC'
      ? 'electronic service (电子送达) is sent with SendApplicationCopyElectronically once the respondent’s agreement is recorded, and served when the respondent enters its code; record POST or IN_PERSON here'
      : `must be POST or IN_PERSON; got ${request.method || '(none)'}`,
  );
}

export function requireMayRecordService(caller: Caller): void {
  if (!hasAnyRole(caller, SUPPLEMENT_RECEIVING_ROLES)) {
    throw permissionDenied('service and the defence are recorded by the ARBITRATION_CLERK or ARBITRATOR post');
  }
}
