import { draftAgreement, NotEntitledToSignError, signAgreement } from './index';
import { errorOf } from './testing/error-of';
import { draftInput } from './testing/mediation.fixture';

describe('who may sign the agreement (劳动争议调解仲裁法 Art. 14): the two parties and the assigned mediator', () => {
  const draft = draftAgreement(draftInput({ mediatorIds: ['staff-li', 'staff-wang'] }));

  it('refuses a signature by someone who is neither a party nor an assigned mediator, and changes nothing', () => {
    const error = errorOf(() =>
      signAgreement(draft, { signerId: 'staff-zhao', signedAt: '2026-03-10T10:00:00+08:00', method: 'IN_PERSON' }),
    );
    expect(error).toBeInstanceOf(NotEntitledToSignError);
    expect(error).toMatchObject({ field: 'signerId', signerId: 'staff-zhao' });
    expect(draft.signatures).toEqual([]);
    expect(draft.status).toBe('DRAFT');
  });

  it('lets any assigned mediator of a panel sign as the mediator, once', () => {
    const signed = signAgreement(draft, {
      signerId: 'staff-wang',
      signedAt: '2026-03-10T10:00:00+08:00',
      method: 'IN_PERSON',
    });
    expect(signed.signatures).toEqual([
      { role: 'MEDIATOR', signerId: 'staff-wang', signedAt: '2026-03-10T10:00:00+08:00', method: 'IN_PERSON' },
    ]);
    expect(() =>
      signAgreement(signed, { signerId: 'staff-li', signedAt: '2026-03-10T10:05:00+08:00', method: 'IN_PERSON' }),
    ).toThrow(
      expect.objectContaining({ field: 'signerId', description: expect.stringContaining('调解员 signed already') }),
    );
  });

  it('refuses an online signature whose one-time code was not checked', () => {
    expect(() =>
      signAgreement(draft, {
        signerId: 'party-worker-1',
        signedAt: '2026-03-10T10:00:00+08:00',
        method: 'ONLINE_ONE_TIME_CODE',
      }),
    ).toThrow(expect.objectContaining({ field: 'oneTimeCodeVerified' }));
    const online = signAgreement(draft, {
      signerId: 'party-worker-1',
      signedAt: '2026-03-10T10:00:00+08:00',
      method: 'ONLINE_ONE_TIME_CODE',
      oneTimeCodeVerified: true,
    });
    expect(online.signatures[0]).toMatchObject({ role: 'WORKER', method: 'ONLINE_ONE_TIME_CODE' });
  });

  it('refuses a signature dated before the agreement', () => {
    expect(() =>
      signAgreement(draft, {
        signerId: 'party-employer-1',
        signedAt: '2026-03-09T10:00:00+08:00',
        method: 'IN_PERSON',
      }),
    ).toThrow(expect.objectContaining({ field: 'signedAt' }));
  });
});
