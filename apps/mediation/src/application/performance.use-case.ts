import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { todayInChina } from '@onewindow/calendar';
import {
  assessPerformance,
  InvalidMediationInputError,
  judicialConfirmationWindow,
  MediationPreconditionError,
  outcomeOfPerformance,
  paymentOrderRoute,
  type PerformanceAssessment,
} from '../domain';
import { requireMayMediate } from './case-access';
import { renminbi } from './documents/mediation-documents';
import { type CaseChange, MediationCaseChanges } from './mediation-case-changes';
import type { CourtApplicationRecord, CourtRouteKind, MediationCaseRecord } from './mediation-case.repository';

export interface PaymentRequest {
  caseId: string;
  expectedVersion: number;
  instalmentIndex: number;
  amountFen: number;
  paidOn: string;
}

export interface CourtRouteRequest {
  caseId: string;
  expectedVersion: number;
  route: CourtRouteKind;
}

/**
 * How the sealed agreement stands today (performance of each instalment, Art. 15) — or, once the
 * mediation failed on non-performance, as it stood the day that was found: the missed payment stays
 * missed, and the payment order rests on it.
 */
export function performanceOf(record: MediationCaseRecord, today: string): PerformanceAssessment | undefined {
  if (record.agreement?.status !== 'SEALED') return undefined;
  const failedOnPayment = record.outcome?.kind === 'FAILED' && record.outcome.failure === 'NON_PERFORMANCE';
  return assessPerformance(record.agreement, record.payments, failedOnPayment ? record.concludedOn : today);
}

/**
 * Performance of the agreement (履行): payments against the schedule; performed in full resolves the
 * matter, a missed instalment sends it to arbitration (劳动争议调解仲裁法 Art. 15). The court routes:
 * a payment order (支付令, Art. 16) once the employer missed a payment on wages, work-injury medical
 * costs, severance or damages, and judicial confirmation (司法确认, 人民调解法 Art. 33) within 30 days of
 * the agreement's effect — each a side referral to the court with the agreement attached.
 */
@Injectable()
export class PerformanceUseCase {
  constructor(private readonly changes: MediationCaseChanges) {}

  recordPayment(caller: Caller, request: PaymentRequest, now = new Date()) {
    return this.changes.change(
      request.caseId,
      request.expectedVersion,
      (record) => requireMayMediate(caller, record),
      async (record): Promise<CaseChange> => {
        if (record.status !== 'AGREEMENT_IN_FORCE') {
          throw new MediationPreconditionError('instalmentIndex', 'payments are recorded on an agreement in force');
        }
        const today = todayInChina(now);
        const payment = {
          instalmentIndex: request.instalmentIndex,
          amountFen: request.amountFen,
          paidOn: request.paidOn,
          recordedBy: caller.userId,
        };
        const payments = [...record.payments, payment];
        // The rules check the payment against the schedule (index, amount, day) before anything is kept.
        const assessment = assessPerformance(record.agreement!, payments, today);
        const paid: MediationCaseRecord = { ...record, payments };
        const events = [
          {
            kind: 'PAYMENT_RECORDED',
            summary: `用人单位于 ${request.paidOn} 履行第 ${request.instalmentIndex + 1} 期 ${renminbi(request.amountFen)}`,
          },
        ];
        const outcome = outcomeOfPerformance(assessment);
        if (!outcome) return { record: paid, events };
        const concluded = await this.changes.conclude(paid, outcome, today);
        return { record: concluded.record, events: [...events, ...concluded.events] };
      },
    );
  }

  requestCourtRoute(caller: Caller, request: CourtRouteRequest, now = new Date()) {
    return this.changes.change(
      request.caseId,
      request.expectedVersion,
      (record) => requireMayMediate(caller, record),
      (record) => this.courtApplication(caller, record, request.route, now),
      // After a mediation failed on non-performance the payment order is still the worker's other way.
      { mayChangeEnded: (record) => record.outcome?.kind === 'FAILED' && record.outcome.failure === 'NON_PERFORMANCE' },
    );
  }

  private courtApplication(caller: Caller, record: MediationCaseRecord, route: CourtRouteKind, now: Date): CaseChange {
    if (route !== 'PAYMENT_ORDER' && route !== 'JUDICIAL_CONFIRMATION') {
      throw new InvalidMediationInputError(
        'route',
        `must be PAYMENT_ORDER or JUDICIAL_CONFIRMATION; got ${String(route)}`,
      );
    }
    if (record.agreement?.status !== 'SEALED') {
      throw new MediationPreconditionError('route', 'a court route needs a sealed 调解协议书 to attach');
    }
    if (record.courtApplications.some((application) => application.route === route)) {
      throw new MediationPreconditionError(
        'route',
        `a ${route === 'PAYMENT_ORDER' ? '支付令' : '司法确认'} application was already sent`,
      );
    }
    const today = todayInChina(now);
    const performance = performanceOf(record, today)!;
    let application: CourtApplicationRecord;
    if (route === 'PAYMENT_ORDER') {
      const order = paymentOrderRoute(record.agreement, performance);
      if (!order.available) throw new MediationPreconditionError('route', `${order.reason}（${order.citation}）`);
      application = {
        route,
        requestedOn: today,
        requestedBy: caller.userId,
        requestId: randomUUID(),
        amountFen: Math.min(order.outstandingFen, order.qualifyingFen),
        reason: `劳动者持调解协议书（${record.agreementNumber}）申请支付令：${order.reason}（${order.citation}）`,
      };
    } else {
      const window = judicialConfirmationWindow(record.agreement, today);
      if (!window.inTime) {
        throw new MediationPreconditionError(
          'route',
          `judicial confirmation is applied for within 30 days of the agreement's effect (${window.effectiveOn} to ${window.dueOn}); today is ${today}`,
        );
      }
      application = {
        route,
        requestedOn: today,
        requestedBy: caller.userId,
        requestId: randomUUID(),
        amountFen: record.agreement.totalFen,
        reason: `双方当事人共同申请司法确认调解协议书（${record.agreementNumber}），申请期限至 ${window.dueOn}（${window.citation}）`,
      };
    }
    return {
      record: { ...record, courtApplications: [...record.courtApplications, application] },
      events: [
        {
          kind: 'COURT_ROUTE_REQUESTED',
          summary: `${route === 'PAYMENT_ORDER' ? '支付令申请' : '司法确认申请'}已连同调解协议书（${record.agreementNumber}）转人民法院，涉及 ${renminbi(application.amountFen)}`,
          documentNumber: record.agreementNumber,
          courtApplication: application,
        },
      ],
    };
  }
}
