import type { ArbitrationCaseRecord, ArbitrationEvent } from './arbitration-case.repository';
import { officeAnswersOf } from './office-answers';

// The office contract (libs/office): the commission takes its referral once, with the case's first write
// (a supplement notice or the receipt); what follows — a supplement and the review after it, an acceptance
// decision — never takes it again, and a refusal then only concludes it.

const record = {
  caseId: 'm/1',
  receiptNumber: '',
  nonAcceptanceReason: '不属于受案范围',
  remedy: '可以起诉',
} as ArbitrationCaseRecord;
const deadline = { id: 'd', label: 'l', dueOn: '2026-03-17', provisional: false, citation: 'c' };
const supplementRequested: ArbitrationEvent = {
  type: 'SupplementRequested',
  supplementBy: deadline,
  noticeNumber: 'n',
  round: 1,
};
const kinds = (event: ArbitrationEvent, alreadyTaken: boolean) =>
  officeAnswersOf(record, event, alreadyTaken).map((answer) => answer.kind);

describe('the referral is taken once, with the case’s first write', () => {
  it('is taken with the first supplement notice, under the case id', () => {
    expect(officeAnswersOf(record, supplementRequested, false)).toEqual([{ kind: 'TAKEN', officeCaseNumber: 'm/1' }]);
  });

  it('is not taken again by a further notice, the submission or the receipt after a supplement', () => {
    expect(kinds({ ...supplementRequested, round: 2 }, true)).toEqual([]);
    expect(
      kinds({ type: 'SupplementSubmitted', submittedOn: '2026-03-12', noticeNumber: 'n', supplied: [] }, true),
    ).toEqual([]);
    expect(kinds({ type: 'ApplicationReceived', decisionDue: deadline }, true)).toEqual([]);
  });

  it('only concludes a referral taken before when the application is refused later', () => {
    expect(kinds({ type: 'ApplicationNotAccepted' }, true)).toEqual(['CONCLUDED']);
    expect(kinds({ type: 'ApplicationNotAccepted' }, false)).toEqual(['TAKEN', 'CONCLUDED']);
  });
});
