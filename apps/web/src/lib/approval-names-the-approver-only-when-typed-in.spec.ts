import { approvalRequestOf } from './award-period-forms';

// The extension's and the suspension's written approval (办案规则 Arts. 45, 47): the chair the arbitrator typed
// in is sent; an empty or blank approver is left out, and the gateway records the arbitrator instead.

describe("the chair's written approval as the award period's forms send it", () => {
  it('sends the approver typed in, trimmed, with the post and the day', () => {
    expect(
      approvalRequestOf({ approvedBy: ' chair.zengdu ', approverPost: 'COMMITTEE_CHAIR', approvedOn: '2026-03-20' }),
    ).toEqual({ approvedBy: 'chair.zengdu', approverPost: 'COMMITTEE_CHAIR', approvedOn: '2026-03-20' });
  });

  it('leaves the approver out when none was typed in, blank or not', () => {
    for (const approvedBy of [undefined, '', '   ']) {
      const sent = approvalRequestOf({ approvedBy, approverPost: 'DELEGATED_COURT_HEAD', approvedOn: '2026-03-20' });
      expect(sent).toEqual({ approverPost: 'DELEGATED_COURT_HEAD', approvedOn: '2026-03-20' });
      expect('approvedBy' in sent).toBe(false);
    }
  });

  it('refuses to send an approval whose post the form did not check', () => {
    expect(() => approvalRequestOf({ approvedOn: '2026-03-20' })).toThrow('approverPost');
  });
});
