import { randomUUID } from 'node:crypto';
import { todayInChina } from '@onewindow/calendar';
import { common, intake, mediation } from '@onewindow/contracts';
import { asCaller } from '@onewindow/service-runtime';
import type { GrpcClient } from './grpc-client';
import { eventually } from './test-stack';
import { wageArrearsApplication } from './sample-matters';

// The steps of a mediation as the mediator takes them over gRPC, for the suites that drive the mediation
// service (its integration test, the end-to-end journeys).

export const ZENGDU = '421303';
/** The Zengdu mediator of the demo accounts, as the gateway names them to the services. */
export const ZENGDU_MEDIATOR = asCaller({ userId: 'mediator.zengdu', roles: ['MEDIATOR'], counties: [ZENGDU] });
export const ZENGDU_SUPERVISOR = asCaller({ userId: 'supervisor.zengdu', roles: ['SUPERVISOR'], counties: [ZENGDU] });

/** A small wage claim the worker agreed to mediate first: the default rules send it to mediation. */
export function smallWageClaim(amountFen = 1_500_000): common.MatterContent {
  return wageArrearsApplication({
    consentToMediationFirst: true,
    claims: [
      { category: common.ClaimCategory.CLAIM_CATEGORY_WAGES, amountFen, description: `工资${amountFen / 100}元` },
    ],
  });
}

/** Puts the demo mediators on the Zengdu roll (调解员名册). */
export async function enrolZengduMediators(client: GrpcClient): Promise<void> {
  for (const [staffUserId, name, kind] of [
    ['mediator.zengdu', '李调解', mediation.MediatorKind.MEDIATOR_KIND_HRSS_MEDIATOR],
    ['union-mediator.zengdu', '钱工会', mediation.MediatorKind.MEDIATOR_KIND_TRADE_UNION_MEDIATOR],
  ] as const) {
    await client.call(
      'enrolMediator',
      { countyCode: ZENGDU, staffUserId, name, kind, active: true },
      ZENGDU_SUPERVISOR,
    );
  }
}

/** One mediator call that answers with the case, as the Zengdu mediator unless told otherwise. */
export async function mediate(
  client: GrpcClient,
  method: string,
  request: object,
  metadata = ZENGDU_MEDIATOR,
): Promise<mediation.MediationCase> {
  return (await client.call<{ case: mediation.MediationCase }>(method, request, metadata)).case;
}

/**
 * From the 调解建议书 to a sealed 调解协议书: the employer consents, the Zengdu mediator is chosen, the
 * agreement settles the first claim in these instalments, and the worker, the employer and the mediator
 * sign in person.
 */
export async function sealAgreement(
  client: GrpcClient,
  opened: mediation.MediationCase,
  instalments: { dueOn: string; amountFen: number }[],
): Promise<mediation.MediationCase> {
  let current = await mediate(client, 'recordEmployerConsent', {
    caseId: opened.caseId,
    expectedVersion: opened.version,
    consents: true,
    answeredAt: new Date().toISOString(),
    how: '电话联系项目负责人',
  });
  current = await mediate(client, 'assignMediators', {
    caseId: current.caseId,
    expectedVersion: current.version,
    staffUserIds: ['mediator.zengdu'],
  });
  current = await mediate(client, 'draftAgreement', {
    caseId: current.caseId,
    expectedVersion: current.version,
    draft: {
      agreedOn: todayInChina(new Date()),
      settledClaims: [{ claimIndex: 0, amountFen: instalments.reduce((sum, i) => sum + i.amountFen, 0) }],
      instalments,
      otherTerms: '用人单位为劳动者出具解除劳动关系证明',
    },
  });
  const { SignerRole, SignatureMethod } = mediation;
  for (const role of [
    SignerRole.SIGNER_ROLE_WORKER,
    SignerRole.SIGNER_ROLE_EMPLOYER,
    SignerRole.SIGNER_ROLE_MEDIATOR,
  ]) {
    current = await mediate(client, 'signAgreement', {
      caseId: current.caseId,
      expectedVersion: current.version,
      role,
      method: SignatureMethod.SIGNATURE_METHOD_IN_PERSON,
    });
  }
  return current;
}

/** Registers the matter at the window and waits for mediation to take its referral (the 调解建议书). */
export async function openMediation(
  intakeClient: GrpcClient,
  mediationClient: GrpcClient,
  content: common.MatterContent,
): Promise<{ matter: intake.Matter; opened: mediation.MediationCase }> {
  const { matter } = await intakeClient.call<intake.RegisterMatterResponse>('registerMatter', {
    content,
    requestId: randomUUID(),
  });
  const opened = await eventually(
    () =>
      mediationClient
        .call<mediation.GetMediationCaseByMatterResponse>('getMediationCaseByMatter', { matterId: matter!.matterId })
        .then((r) => r.case),
    { timeoutMs: 45_000, what: `mediation to take ${matter!.matterNumber}` },
  );
  return { matter: matter!, opened: opened! };
}
