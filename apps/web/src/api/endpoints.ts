// The gateway's endpoints, typed by the REST contract (@onewindow/gateway-api).
import type {
  AcknowledgeReferralRequest,
  AnswerConsultationRequest,
  ApplicationReceipt,
  ArbitrationCase,
  AssignMediatorsRequest,
  AwardPreview,
  ChallengeArbitratorRequest,
  ComposeTribunalRequest,
  DecideAdvanceEnforcementRequest,
  DecideChallengeRequest,
  HearingRoomList,
  IssueAwardRequest,
  IssueMediationStatementRequest,
  PostponeHearingRequest,
  PreviewAwardRequest,
  RecordApplicationCopyServiceRequest,
  RecordDefenceRequest,
  RecordHearingRequest,
  RetractMediationStatementRequest,
  RoomHearingList,
  ScheduleHearingRequest,
  SignForMediationStatementRequest,
  AuditPage,
  CaseDocumentKind,
  CaseDocumentList,
  Dashboard,
  DecideAcceptanceRequest,
  DeclareConflictOfInterestRequest,
  DraftAgreementRequest,
  ElectronicServiceConsentRequest,
  ElectronicServiceReceipt,
  ElectronicServiceReceiptRequest,
  ElectronicServiceSent,
  EnrolMediatorRequest,
  ExtendAwardPeriodRequest,
  ExtendPeriodRequest,
  Matter,
  MatterContent,
  MatterDetail,
  MatterPage,
  MediationCase,
  MediationDocumentKind,
  Mediator,
  MediatorList,
  PersonalData,
  PortalSignAgreementRequest,
  PublicElectronicService,
  PublicMatterView,
  PublicMediationView,
  RecordEmployerConsentRequest,
  RecordPaymentRequest,
  RecordSessionRequest,
  Referral,
  RegisterMatterRequest,
  ReportOutcomeRequest,
  ReportOutcomeResponse,
  ResumeProceedingsRequest,
  RequestCourtRouteRequest,
  RoutingDecision,
  SatisfactionRating,
  SubmitSupplementRequest,
  SuspendProceedingsRequest,
  SupplementNoticeView,
  SatisfactionRequest,
  ScheduleSessionRequest,
  SignAgreementRequest,
  SignedInUser,
  SignInRequest,
  TokenResponse,
  TrackingCodeSent,
  TrackingSession,
  WithdrawApplicationRequest,
  WorkQueues,
} from '@onewindow/gateway-api';
import type {
  ConcludeSupervisionRequest,
  DecideArrearsListingRequest,
  DecideInspectionAcceptanceRequest,
  EndInvestigationRequest,
  ExtendInvestigationRequest,
  FileLayoffReportRequest,
  InspectionCasePage,
  InspectionCaseView,
  InspectionDocumentList,
  IssueCorrectionOrderRequest,
  IssueInquiryNoticeRequest,
  IssuePenaltyDecisionRequest,
  OpenInspectionCaseRequest,
  OpenOwnSupervisoryCheckRequest,
  OpenSupervisoryCheckRequest,
  ProposeArrearsListingRequest,
  RecordCheckFindingsRequest,
  RecordComplianceCheckRequest,
  RecordConstructionProjectRequest,
  RecordEmployerHeardRequest,
  RecordEvidenceRequest,
  RecordSuppliedMaterialRequest,
  RegisterLayoffReportRequest,
  ReviewLayoffPlanRequest,
  SupervisionDocumentList,
  SupervisionMatterPage,
  SupervisionMatterView,
  TransferToPublicSecurityRequest,
  WithdrawFilingRequest,
} from '@onewindow/gateway-api';
import { request } from './http';
import { staffRequest, staffTokens } from './staff-session';

const segment = encodeURIComponent;

export interface MatterQuery {
  county?: string;
  stage?: string;
  kind?: string;
  q?: string;
  identityNumber?: string;
  pageSize?: number;
  pageToken?: string;
}

export interface AuditQuery {
  actor?: string;
  action?: string;
  target?: string;
  /** YYYY-MM-DD, China time, inclusive. */
  from?: string;
  to?: string;
  pageToken?: string;
}

export const staffApi = {
  signIn: (body: SignInRequest) => request<TokenResponse>('POST', '/api/auth/sign-in', { body }),
  signOut: (refreshToken: string) =>
    request<unknown>('POST', '/api/auth/sign-out', { body: { refreshToken }, token: staffTokens.access() }),
  me: () => staffRequest<SignedInUser>('GET', '/api/auth/me'),

  evaluate: (content: MatterContent) =>
    staffRequest<RoutingDecision>('POST', '/api/matters/evaluate', { body: { content } }),
  register: (body: RegisterMatterRequest) => staffRequest<Matter>('POST', '/api/matters', { body }),
  matters: (query: MatterQuery) => staffRequest<MatterPage>('GET', '/api/matters', { query: { ...query } }),
  matter: (matterNumber: string) => staffRequest<MatterDetail>('GET', `/api/matters/${segment(matterNumber)}`),
  personalData: (matterNumber: string) =>
    staffRequest<PersonalData>('POST', `/api/matters/${segment(matterNumber)}/personal-data`),
  documents: (matterNumber: string) =>
    staffRequest<CaseDocumentList>('GET', `/api/matters/${segment(matterNumber)}/documents`),
  /** One document as PDF; `number` picks one of a kind issued more than once (each 补正通知书). */
  document: (caseId: string, kind: CaseDocumentKind, number?: string) =>
    staffRequest<Blob>('GET', `/api/cases/${segment(caseId)}/documents/${segment(kind)}`, {
      answer: 'file',
      query: { number },
    }),
  /** 补正 at the arbitration window: what the applicant brings on the supplement notice. */
  submitSupplement: (caseId: string, body: SubmitSupplementRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/supplements`, { body }),
  // 仲裁期限 (Art. 43) on an accepted case: the one extension, suspension and resumption (ARBITRATOR); the
  // applicant's withdrawal recorded at the arbitration window. Each answers with the case as it now is.
  extendAwardPeriod: (caseId: string, body: ExtendAwardPeriodRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/award-period/extension`, { body }),
  suspendProceedings: (caseId: string, body: SuspendProceedingsRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/suspension`, { body }),
  resumeProceedings: (caseId: string, body: ResumeProceedingsRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/resumption`, { body }),
  withdrawApplication: (caseId: string, body: WithdrawApplicationRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/withdrawal`, { body }),

  // 仲裁院: an accepted case's proceedings (劳动争议调解仲裁法 Arts. 30–50). Each write answers with the case as it
  // now is, or 400 (violations naming the body's field) / 403 / 404 / 409 as the gateway answers.
  arbitrationCase: (caseId: string) => staffRequest<ArbitrationCase>('GET', `/api/cases/${segment(caseId)}`),
  recordApplicationCopyService: (caseId: string, body: RecordApplicationCopyServiceRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/application-copy-service`, { body }),
  // 电子送达 (民事诉讼法 Art. 90): the respondent's written agreement, then the SMS with the link and the one-time code;
  // the answer names the masked mobile and the link's expiry, never the code.
  recordElectronicServiceConsent: (caseId: string, body: ElectronicServiceConsentRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/electronic-service/consent`, { body }),
  sendApplicationCopyElectronically: (caseId: string) =>
    staffRequest<ElectronicServiceSent>('POST', `/api/cases/${segment(caseId)}/electronic-service`),
  recordDefence: (caseId: string, body: RecordDefenceRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/defence`, { body }),
  composeTribunal: (caseId: string, body: ComposeTribunalRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/tribunal`, { body }),
  challengeArbitrator: (caseId: string, body: ChallengeArbitratorRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/challenges`, { body }),
  /** `challengeIndex`: the challenge's position in ArbitrationCase.challenges. */
  decideChallenge: (caseId: string, challengeIndex: number, body: DecideChallengeRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/challenges/${challengeIndex}/decision`, {
      body,
    }),
  /** A clash with another hearing in the room answers 409 naming it. */
  scheduleHearing: (caseId: string, body: ScheduleHearingRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/hearings`, { body }),
  postponeHearing: (caseId: string, hearingId: string, body: PostponeHearingRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/hearings/${segment(hearingId)}/postponement`, {
      body,
    }),
  recordHearing: (caseId: string, hearingId: string, body: RecordHearingRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/hearings/${segment(hearingId)}/record`, {
      body,
    }),
  issueMediationStatement: (caseId: string, body: IssueMediationStatementRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/mediation-statement`, { body }),
  signForMediationStatement: (caseId: string, body: SignForMediationStatementRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/mediation-statement/signatures`, { body }),
  retractMediationStatement: (caseId: string, body: RetractMediationStatementRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/mediation-statement/retraction`, { body }),
  /** The award as it would be made (each claim's finality, the documents), saving nothing. */
  previewAward: (caseId: string, body: PreviewAwardRequest) =>
    staffRequest<AwardPreview>('POST', `/api/cases/${segment(caseId)}/award/preview`, { body }),
  issueAward: (caseId: string, body: IssueAwardRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/award`, { body }),
  decideAdvanceEnforcement: (caseId: string, body: DecideAdvanceEnforcementRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/cases/${segment(caseId)}/advance-enforcement`, { body }),
  /** 仲裁庭室 of one county, and one room's week of hearings (开庭排期) from weekStart (YYYY-MM-DD). */
  hearingRooms: (county: string) => staffRequest<HearingRoomList>('GET', '/api/hearing-rooms', { query: { county } }),
  roomHearings: (roomId: string, county: string, weekStart: string) =>
    staffRequest<RoomHearingList>('GET', `/api/hearing-rooms/${segment(roomId)}/hearings`, {
      query: { county, weekStart },
    }),

  queues: () => staffRequest<WorkQueues>('GET', '/api/queues'),
  acknowledge: (referralId: string, body: AcknowledgeReferralRequest) =>
    staffRequest<unknown>('POST', `/api/referrals/${segment(referralId)}/acknowledgement`, { body }),
  reportOutcome: (referralId: string, body: ReportOutcomeRequest) =>
    staffRequest<ReportOutcomeResponse>('POST', `/api/referrals/${segment(referralId)}/outcome`, { body }),
  answerConsultation: (referralId: string, body: AnswerConsultationRequest) =>
    staffRequest<Referral>('POST', `/api/referrals/${segment(referralId)}/consultation-answer`, { body }),
  decideAcceptance: (caseId: string, body: DecideAcceptanceRequest) =>
    staffRequest<ArbitrationCase>('POST', `/api/arbitration-cases/${segment(caseId)}/acceptance-decision`, { body }),

  dashboard: (county?: string) => staffRequest<Dashboard>('GET', '/api/dashboard', { query: { county } }),
  audit: (query: AuditQuery) => staffRequest<AuditPage>('GET', '/api/audit', { query: { ...query } }),

  // 调解: a case, the matter's case, its documents, and each step, sent against the case version last read.
  mediationCase: (caseId: string) => staffRequest<MediationCase>('GET', `/api/mediation-cases/${segment(caseId)}`),
  mediationOfMatter: (matterNumber: string) =>
    staffRequest<MediationCase>('GET', `/api/matters/${segment(matterNumber)}/mediation`),
  mediationDocument: (caseId: string, kind: MediationDocumentKind) =>
    staffRequest<Blob>('GET', `/api/mediation-cases/${segment(caseId)}/documents/${segment(kind)}`, {
      answer: 'file',
    }),
  // Each step answers with the case as it now is, or 400 / 403 / 409 as the gateway answers.
  recordEmployerConsent: (caseId: string, body: RecordEmployerConsentRequest) =>
    staffRequest<MediationCase>('POST', `/api/mediation-cases/${segment(caseId)}/employer-consent`, { body }),
  declareConflict: (caseId: string, body: DeclareConflictOfInterestRequest) =>
    staffRequest<MediationCase>('POST', `/api/mediation-cases/${segment(caseId)}/conflicts`, { body }),
  assignMediators: (caseId: string, body: AssignMediatorsRequest) =>
    staffRequest<MediationCase>('POST', `/api/mediation-cases/${segment(caseId)}/mediators`, { body }),
  scheduleSession: (caseId: string, body: ScheduleSessionRequest) =>
    staffRequest<MediationCase>('POST', `/api/mediation-cases/${segment(caseId)}/sessions`, { body }),
  recordSession: (caseId: string, index: number, body: RecordSessionRequest) =>
    staffRequest<MediationCase>('POST', `/api/mediation-cases/${segment(caseId)}/sessions/${index}/record`, { body }),
  extendPeriod: (caseId: string, body: ExtendPeriodRequest) =>
    staffRequest<MediationCase>('POST', `/api/mediation-cases/${segment(caseId)}/extension`, { body }),
  draftAgreement: (caseId: string, body: DraftAgreementRequest) =>
    staffRequest<MediationCase>('POST', `/api/mediation-cases/${segment(caseId)}/agreement`, { body }),
  signAgreement: (caseId: string, body: SignAgreementRequest) =>
    staffRequest<MediationCase>('POST', `/api/mediation-cases/${segment(caseId)}/agreement/signatures`, { body }),
  recordPayment: (caseId: string, body: RecordPaymentRequest) =>
    staffRequest<MediationCase>('POST', `/api/mediation-cases/${segment(caseId)}/payments`, { body }),
  requestCourtRoute: (caseId: string, body: RequestCourtRouteRequest) =>
    staffRequest<MediationCase>('POST', `/api/mediation-cases/${segment(caseId)}/court-routes`, { body }),
  /** 调解员名册 of one county (the caller's first when absent). */
  mediators: (countyCode?: string) => staffRequest<MediatorList>('GET', '/api/mediators', { query: { countyCode } }),
  /** Enrols a mediator, or with active false takes them off the roll. */
  enrolMediator: (body: EnrolMediatorRequest) => staffRequest<Mediator>('POST', '/api/mediators', { body }),

  // 劳动保障监察 (INSPECTOR writes, SUPERVISOR reads): the county's cases, one case, the matter's case, and each
  // step, sent against the case version last read; each answers with the case as it now is, or 400 / 403 / 409.
  inspectionCases: (query: { status?: string; pageToken?: string }) =>
    staffRequest<InspectionCasePage>('GET', '/api/inspection-cases', { query: { ...query } }),
  inspectionCase: (caseId: string) =>
    staffRequest<InspectionCaseView>('GET', `/api/inspection-cases/${segment(caseId)}`),
  inspectionOfMatter: (matterId: string) =>
    staffRequest<InspectionCaseView>('GET', `/api/matters/${segment(matterId)}/inspection-case`),
  openInspectionCase: (body: OpenInspectionCaseRequest) =>
    staffRequest<InspectionCaseView>('POST', '/api/inspection-cases', { body }),
  decideInspectionAcceptance: (caseId: string, body: DecideInspectionAcceptanceRequest) =>
    staffRequest<InspectionCaseView>('POST', `/api/inspection-cases/${segment(caseId)}/acceptance`, { body }),
  recordSuppliedMaterial: (caseId: string, body: RecordSuppliedMaterialRequest) =>
    staffRequest<InspectionCaseView>('POST', `/api/inspection-cases/${segment(caseId)}/supplied-material`, { body }),
  recordConstructionProject: (caseId: string, body: RecordConstructionProjectRequest) =>
    staffRequest<InspectionCaseView>('POST', `/api/inspection-cases/${segment(caseId)}/construction-project`, {
      body,
    }),
  issueInquiryNotice: (caseId: string, body: IssueInquiryNoticeRequest) =>
    staffRequest<InspectionCaseView>('POST', `/api/inspection-cases/${segment(caseId)}/inquiry-notices`, { body }),
  recordEvidence: (caseId: string, body: RecordEvidenceRequest) =>
    staffRequest<InspectionCaseView>('POST', `/api/inspection-cases/${segment(caseId)}/evidence`, { body }),
  extendInvestigation: (caseId: string, body: ExtendInvestigationRequest) =>
    staffRequest<InspectionCaseView>('POST', `/api/inspection-cases/${segment(caseId)}/investigation-extension`, {
      body,
    }),
  recordEmployerHeard: (caseId: string, body: RecordEmployerHeardRequest) =>
    staffRequest<InspectionCaseView>('POST', `/api/inspection-cases/${segment(caseId)}/employer-hearing`, { body }),
  issueCorrectionOrder: (caseId: string, body: IssueCorrectionOrderRequest) =>
    staffRequest<InspectionCaseView>('POST', `/api/inspection-cases/${segment(caseId)}/correction-order`, { body }),
  recordComplianceCheck: (caseId: string, body: RecordComplianceCheckRequest) =>
    staffRequest<InspectionCaseView>('POST', `/api/inspection-cases/${segment(caseId)}/compliance-check`, { body }),
  issuePenaltyDecision: (caseId: string, body: IssuePenaltyDecisionRequest) =>
    staffRequest<InspectionCaseView>('POST', `/api/inspection-cases/${segment(caseId)}/penalty-decision`, { body }),
  withdrawFiling: (caseId: string, body: WithdrawFilingRequest) =>
    staffRequest<InspectionCaseView>('POST', `/api/inspection-cases/${segment(caseId)}/filing-withdrawal`, { body }),
  endInvestigation: (caseId: string, body: EndInvestigationRequest) =>
    staffRequest<InspectionCaseView>('POST', `/api/inspection-cases/${segment(caseId)}/investigation-end`, { body }),
  transferToPublicSecurity: (caseId: string, body: TransferToPublicSecurityRequest) =>
    staffRequest<InspectionCaseView>('POST', `/api/inspection-cases/${segment(caseId)}/public-security-transfer`, {
      body,
    }),
  proposeArrearsListing: (caseId: string, body: ProposeArrearsListingRequest) =>
    staffRequest<InspectionCaseView>('POST', `/api/inspection-cases/${segment(caseId)}/arrears-listing`, { body }),
  decideArrearsListing: (caseId: string, body: DecideArrearsListingRequest) =>
    staffRequest<InspectionCaseView>('POST', `/api/inspection-cases/${segment(caseId)}/arrears-listing/decision`, {
      body,
    }),
  inspectionDocuments: (caseId: string) =>
    staffRequest<InspectionDocumentList>('GET', `/api/inspection-cases/${segment(caseId)}/documents`),
  /** One document as PDF, by its 文号. */
  inspectionDocument: (caseId: string, number: string) =>
    staffRequest<Blob>('GET', `/api/inspection-cases/${segment(caseId)}/documents/${segment(number)}`, {
      answer: 'file',
    }),

  // 劳动关系监管 (LABOR_RELATIONS_OFFICER writes, SUPERVISOR reads): layoff reports and supervisory checks, on a
  // taken referral or the office's own, each write against the matter version last read.
  supervisionMatters: (query: { status?: string; kind?: string; pageToken?: string }) =>
    staffRequest<SupervisionMatterPage>('GET', '/api/supervision-matters', { query: { ...query } }),
  supervisionMatter: (supervisionId: string) =>
    staffRequest<SupervisionMatterView>('GET', `/api/supervision-matters/${segment(supervisionId)}`),
  supervisionOfMatter: (matterId: string) =>
    staffRequest<SupervisionMatterView>('GET', `/api/matters/${segment(matterId)}/supervision-matter`),
  fileLayoffReport: (body: FileLayoffReportRequest) =>
    staffRequest<SupervisionMatterView>('POST', '/api/supervision-matters/layoff-reports', { body }),
  registerLayoffReport: (supervisionId: string, body: RegisterLayoffReportRequest) =>
    staffRequest<SupervisionMatterView>('POST', `/api/supervision-matters/${segment(supervisionId)}/layoff-report`, {
      body,
    }),
  reviewLayoffPlan: (supervisionId: string, body: ReviewLayoffPlanRequest) =>
    staffRequest<SupervisionMatterView>(
      'POST',
      `/api/supervision-matters/${segment(supervisionId)}/layoff-plan-review`,
      { body },
    ),
  openOwnCheck: (body: OpenOwnSupervisoryCheckRequest) =>
    staffRequest<SupervisionMatterView>('POST', '/api/supervision-matters/checks', { body }),
  openCheck: (supervisionId: string, body: OpenSupervisoryCheckRequest) =>
    staffRequest<SupervisionMatterView>('POST', `/api/supervision-matters/${segment(supervisionId)}/check`, { body }),
  recordCheckFindings: (supervisionId: string, body: RecordCheckFindingsRequest) =>
    staffRequest<SupervisionMatterView>('POST', `/api/supervision-matters/${segment(supervisionId)}/findings`, {
      body,
    }),
  concludeSupervision: (supervisionId: string, body: ConcludeSupervisionRequest) =>
    staffRequest<SupervisionMatterView>('POST', `/api/supervision-matters/${segment(supervisionId)}/conclusion`, {
      body,
    }),
  supervisionDocuments: (supervisionId: string) =>
    staffRequest<SupervisionDocumentList>('GET', `/api/supervision-matters/${segment(supervisionId)}/documents`),
  supervisionDocument: (supervisionId: string, number: string) =>
    staffRequest<Blob>('GET', `/api/supervision-matters/${segment(supervisionId)}/documents/${segment(number)}`, {
      answer: 'file',
    }),
};

/** The public portal: no sign-in; a worker's own matter is opened with a tracking token. */
export const publicApi = {
  apply: (body: RegisterMatterRequest) => request<ApplicationReceipt>('POST', '/api/public/applications', { body }),
  requestCode: (matterNumber: string) =>
    request<TrackingCodeSent>('POST', '/api/public/tracking-codes', { body: { matterNumber } }),
  startTracking: (matterNumber: string, code: string) =>
    request<TrackingSession>('POST', '/api/public/tracking-sessions', { body: { matterNumber, code } }),
  matter: (matterNumber: string, trackingToken: string) =>
    request<PublicMatterView>('GET', `/api/public/matters/${segment(matterNumber)}`, { token: trackingToken }),
  documents: (matterNumber: string, trackingToken: string) =>
    request<CaseDocumentList>('GET', `/api/public/matters/${segment(matterNumber)}/documents`, {
      token: trackingToken,
    }),
  document: (matterNumber: string, kind: CaseDocumentKind, trackingToken: string, number?: string) =>
    request<Blob>('GET', `/api/public/matters/${segment(matterNumber)}/documents/${segment(kind)}`, {
      token: trackingToken,
      answer: 'file',
      query: { number },
    }),
  /** What the supplement notice in force asks the worker for (补正), if anything. */
  supplementNotice: (matterNumber: string, trackingToken: string) =>
    request<SupplementNoticeView>('GET', `/api/public/matters/${segment(matterNumber)}/supplement`, {
      token: trackingToken,
    }),
  submitSupplement: (matterNumber: string, trackingToken: string, body: SubmitSupplementRequest) =>
    request<SupplementNoticeView>('POST', `/api/public/matters/${segment(matterNumber)}/supplement`, {
      body,
      token: trackingToken,
    }),
  /** The worker's mediation of this matter (404 when it never went to mediation). */
  mediation: (matterNumber: string, trackingToken: string) =>
    request<PublicMediationView>('GET', `/api/public/matters/${segment(matterNumber)}/mediation`, {
      token: trackingToken,
    }),
  /** The worker signs the agreement online: the tracking session was opened with a one-time code. */
  signMediationAgreement: (matterNumber: string, trackingToken: string, body: PortalSignAgreementRequest) =>
    request<PublicMediationView>('POST', `/api/public/matters/${segment(matterNumber)}/mediation/signature`, {
      body,
      token: trackingToken,
    }),
  mediationDocument: (matterNumber: string, kind: MediationDocumentKind, trackingToken: string) =>
    request<Blob>('GET', `/api/public/matters/${segment(matterNumber)}/mediation/documents/${segment(kind)}`, {
      token: trackingToken,
      answer: 'file',
    }),
  /** 电子送达: what the SMS link serves (404 for an unknown or replaced link). */
  electronicService: (token: string) =>
    request<PublicElectronicService>('GET', `/api/public/service/${segment(token)}`),
  /** The code from the SMS confirms receipt and serves the copy; a wrong one is 409 naming `code`, expired `token`. */
  confirmElectronicService: (token: string, body: ElectronicServiceReceiptRequest) =>
    request<ElectronicServiceReceipt>('POST', `/api/public/service/${segment(token)}/receipt`, { body }),
  rate: (matterNumber: string, trackingToken: string, body: SatisfactionRequest) =>
    request<SatisfactionRating>('POST', `/api/public/matters/${segment(matterNumber)}/rating`, {
      body,
      token: trackingToken,
    }),
};
