import { Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { isIsoDate, todayInChina } from '@onewindow/calendar';
import { permissionDenied } from '@onewindow/service-runtime';
import {
  assessPerformance,
  draftAgreement,
  type Instalment,
  InvalidMediationInputError,
  MediationPreconditionError,
  outcomeOfPerformance,
  reviseAgreement,
  type SignatureMethod,
  signAgreement,
  type SignerRole,
} from '../domain';
import { isPortalFor, requireMayMediate, requireMaySee } from './case-access';
import { renminbi } from './documents/mediation-documents';
import { type CaseChange, MediationCaseChanges } from './mediation-case-changes';
import type { MediationCaseRecord } from './mediation-case.repository';
import { requireMediating } from './sessions.use-case';

export interface AgreementDraftRequest {
  caseId: string;
  expectedVersion: number;
  agreedOn: string;
  settledClaims: { claimIndex: number; amountFen: number; reasonAboveClaim?: string }[];
  instalments: Instalment[];
  otherTerms?: string;
}

export interface SignatureRequest {
  caseId: string;
  expectedVersion: number;
  role: SignerRole;
  method: SignatureMethod;
}

const SIGNER_ZH: Record<SignerRole, string> = { WORKER: '劳动者', EMPLOYER: '用人单位', MEDIATOR: '调解员' };
const METHOD_ZH: Record<SignatureMethod, string> = { IN_PERSON: '当面签名', ONLINE_ONE_TIME_CODE: '线上验证码确认' };

/** The parties' ids on the agreement: both by the matter (names only are kept). */
export const workerPartyId = (record: Pick<MediationCaseRecord, 'matterNumber'>) => `worker:${record.matterNumber}`;
export const employerPartyId = (record: Pick<MediationCaseRecord, 'matterNumber'>) => `employer:${record.matterNumber}`;

/**
 * The 调解协议书 (劳动争议调解仲裁法 Art. 14): drafted by the mediator, signed by both parties and the
 * mediator, then sealed and in force. The worker signs in person before the mediator, or online through
 * the portal, whose session was opened with a one-time code sent to the phone on record.
 */
@Injectable()
export class AgreementUseCase {
  constructor(private readonly changes: MediationCaseChanges) {}

  draft(caller: Caller, request: AgreementDraftRequest, now = new Date()) {
    return this.changes.change(
      request.caseId,
      request.expectedVersion,
      (record) => requireMayMediate(caller, record),
      (record) => {
        requireMediating(record, 'agreedOn');
        if (!record.assignment) {
          throw new MediationPreconditionError('agreedOn', 'assign a mediator before drafting the agreement');
        }
        // The agreement is dated the day it was reached: during this mediation, and not ahead of today.
        const today = todayInChina(now);
        if (isIsoDate(request.agreedOn) && (request.agreedOn < record.receivedOn || request.agreedOn > today)) {
          throw new InvalidMediationInputError(
            'agreedOn',
            `must be between the day mediation received the application (${record.receivedOn}) and today (${today})`,
          );
        }
        const input = {
          countyCode: record.countyCode,
          agreedOn: request.agreedOn,
          worker: { partyId: workerPartyId(record), name: record.workerName || '劳动者' },
          employer: { partyId: employerPartyId(record), name: record.employerName || '用人单位' },
          mediatorIds: record.assignment.mediators.map((m) => m.staffUserId),
          claims: record.claims,
          settledClaims: request.settledClaims,
          instalments: request.instalments,
          ...(request.otherTerms ? { otherTerms: request.otherTerms } : {}),
        };
        const agreement = record.agreement ? reviseAgreement(record.agreement, input) : draftAgreement(input);
        return {
          record: { ...record, agreement },
          events: [
            {
              kind: 'AGREEMENT_DRAFTED',
              summary: `调解协议书已拟定：${renminbi(agreement.totalFen)}，分 ${agreement.instalments.length} 期履行，待双方当事人和调解员签名`,
            },
          ],
        };
      },
    );
  }

  sign(caller: Caller, request: SignatureRequest, now = new Date()) {
    return this.changes.change(
      request.caseId,
      request.expectedVersion,
      (record) => requireMaySign(caller, record, request),
      async (record): Promise<CaseChange> => {
        if (!record.agreement) throw new MediationPreconditionError('role', 'there is no agreement to sign yet');
        const signerId =
          request.role === 'WORKER'
            ? workerPartyId(record)
            : request.role === 'EMPLOYER'
              ? employerPartyId(record)
              : caller.userId;
        const agreement = signAgreement(record.agreement, {
          signerId,
          signedAt: now.toISOString(),
          method: request.method,
          // The portal's session is the one-time code's proof (requireMaySign let only the portal sign online).
          oneTimeCodeVerified: request.method === 'ONLINE_ONE_TIME_CODE',
        });
        const signed = `${SIGNER_ZH[request.role]}已在调解协议书上签名（${METHOD_ZH[request.method]}）`;
        if (agreement.status !== 'SEALED') {
          return { record: { ...record, agreement }, events: [{ kind: 'AGREEMENT_SIGNED', summary: signed }] };
        }
        const number = await this.changes.documentNumber('agreement', record.countyCode, agreement.effectiveOn!);
        const sealed: MediationCaseRecord = {
          ...record,
          agreement,
          agreementNumber: number,
          status: 'AGREEMENT_IN_FORCE',
          documents: [
            ...record.documents,
            { kind: 'AGREEMENT', title: '调解协议书', number, issuedOn: agreement.effectiveOn! },
          ],
        };
        const events = [
          {
            kind: 'AGREEMENT_SEALED',
            summary: `${signed}；调解协议书（${number}）经双方当事人和调解员签名并加盖调解组织印章，自 ${agreement.effectiveOn} 起生效`,
            documentNumber: number,
          },
        ];
        // Nothing left to pay (settled on the spot, or nothing owed): performed the day it takes effect.
        const performed = outcomeOfPerformance(assessPerformance(agreement, [], todayInChina(now)));
        if (performed?.kind !== 'RESOLVED') return { record: sealed, events };
        const concluded = await this.changes.conclude(sealed, performed, todayInChina(now));
        return { record: concluded.record, events: [...events, ...concluded.events] };
      },
    );
  }
}

/**
 * The mediator post records any signature given before them and signs as mediator; the portal signs for
 * the worker, online, on the worker's own matter, and nothing else.
 */
function requireMaySign(caller: Caller, record: MediationCaseRecord, request: SignatureRequest): void {
  if (!['WORKER', 'EMPLOYER', 'MEDIATOR'].includes(request.role)) {
    throw new InvalidMediationInputError('role', `must be WORKER, EMPLOYER or MEDIATOR; got ${String(request.role)}`);
  }
  if (isPortalFor(caller, record.matterNumber)) {
    requireMaySee(caller, record);
    if (request.role !== 'WORKER' || request.method !== 'ONLINE_ONE_TIME_CODE') {
      throw permissionDenied('through the portal the worker signs only as the worker, online');
    }
    return;
  }
  requireMayMediate(caller, record);
  if (request.method !== 'IN_PERSON') {
    throw new InvalidMediationInputError(
      'method',
      'staff record signatures given in person; the worker signs online through the portal themself',
    );
  }
}
