import { ProceedingsPreconditionError } from './proceedings.errors';
import { Delivery, ElectronicServiceConsent, recordApplicationCopyService, ServiceContext } from './case-service';
import { COUNTY, thrownBy, eveningOf } from './testing/proceedings.fixture';

// Accepted Monday 2026-03-02: the copy is due by Monday 2026-03-09 (5 working days).
const consent: ElectronicServiceConsent = {
  agreedAt: '2026-03-02T10:00:00+08:00',
  mobile: '13900000001',
  recordedBy: 'staff-li',
};
const context: ServiceContext = { countyCode: COUNTY, acceptedOn: '2026-03-02', now: eveningOf('2026-03-05') };
const electronic: Delivery = {
  method: 'ELECTRONIC',
  link: 'https://onewindow.example.gov.cn/s/7Qx2',
  sentAt: '2026-03-03T23:50:00+08:00',
  // 2026-03-03T16:30Z is 00:30 on 2026-03-04 in China: the day the SMS arrived is the day of service.
  deliveredAt: '2026-03-03T16:30:00Z',
  codeCheck: { checkedAt: '2026-03-04T09:15:00+08:00', matched: true },
};

describe('electronic service (电子送达) only where the respondent agreed (民事诉讼法 Art. 90)', () => {
  it("refuses electronic service without the respondent's agreement, and offers post or in person", () => {
    const error = thrownBy(() => recordApplicationCopyService({ countyCode: COUNTY, delivery: electronic }, context));
    expect(error).toBeInstanceOf(ProceedingsPreconditionError);
    expect(error).toMatchObject({
      field: 'delivery.method',
      description: expect.stringContaining('by post or in person'),
    });
  });

  it('records the link, the code check and the delivery time; served on the day the SMS arrived, in China time', () => {
    const service = recordApplicationCopyService(
      { countyCode: COUNTY, delivery: electronic },
      { ...context, electronicConsent: consent },
    );
    expect(service).toMatchObject({
      countyCode: COUNTY,
      document: '仲裁申请书副本',
      recipient: 'RESPONDENT',
      servedOn: '2026-03-04',
      dueOn: '2026-03-09',
      servedLate: false,
      delivery: {
        method: 'ELECTRONIC',
        link: 'https://onewindow.example.gov.cn/s/7Qx2',
        deliveredAt: '2026-03-03T16:30:00Z',
        codeCheck: { checkedAt: '2026-03-04T09:15:00+08:00', matched: true },
      },
    });
    // The code itself is never kept.
    expect(Object.keys(service.delivery.method === 'ELECTRONIC' ? service.delivery.codeCheck : {})).toEqual([
      'checkedAt',
      'matched',
    ]);
    expect(service.citation).toContain('第九十条');
    // The defence runs 10 working days from the day of service: due Wednesday 2026-03-18.
    expect(service.defenceDue).toMatchObject({ id: 'arbitration.defence', start: '2026-03-04', dueOn: '2026-03-18' });
  });

  it('does not count a copy as served when the one-time code did not match', () => {
    const error = thrownBy(() =>
      recordApplicationCopyService(
        { countyCode: COUNTY, delivery: { ...electronic, codeCheck: { ...electronic.codeCheck, matched: false } } },
        { ...context, electronicConsent: consent },
      ),
    );
    expect(error).toBeInstanceOf(ProceedingsPreconditionError);
    expect(error.field).toBe('delivery.codeCheck.matched');
  });

  it('refuses an SMS sent before the respondent agreed', () => {
    const error = thrownBy(() =>
      recordApplicationCopyService(
        { countyCode: COUNTY, delivery: electronic },
        { ...context, electronicConsent: { ...consent, agreedAt: '2026-03-04T08:00:00+08:00' } },
      ),
    );
    expect(error).toMatchObject({ field: 'delivery.sentAt' });
  });

  it('refuses a link that is not https, times out of order and a code checked in the future, naming the field', () => {
    const withConsent = { ...context, electronicConsent: consent };
    const record = (delivery: Delivery) => () =>
      recordApplicationCopyService({ countyCode: COUNTY, delivery }, withConsent);
    expect(thrownBy(record({ ...electronic, link: 'http://onewindow.example.gov.cn/s/7Qx2' })).field).toBe(
      'delivery.link',
    );
    expect(thrownBy(record({ ...electronic, deliveredAt: '2026-03-03T23:00:00+08:00' })).field).toBe(
      'delivery.deliveredAt',
    );
    expect(
      thrownBy(record({ ...electronic, codeCheck: { checkedAt: '2026-03-03T23:55:00+08:00', matched: true } })).field,
    ).toBe('delivery.codeCheck.checkedAt');
    expect(
      thrownBy(record({ ...electronic, codeCheck: { checkedAt: '2026-03-06T09:00:00+08:00', matched: true } })).field,
    ).toBe('delivery.codeCheck.checkedAt');
    expect(thrownBy(record({ ...electronic, sentAt: '2026-03-01T09:00:00+08:00' })).field).toBe('delivery.sentAt');
    expect(
      thrownBy(() =>
        recordApplicationCopyService(
          { countyCode: COUNTY, delivery: electronic },
          { ...withConsent, electronicConsent: { ...consent, mobile: '1390000000x' } },
        ),
      ).field,
    ).toBe('electronicConsent.mobile');
  });

  it('needs no agreement to serve by post or in person', () => {
    const byPost = recordApplicationCopyService(
      { countyCode: COUNTY, delivery: { method: 'POST', trackingNumber: 'EMS1234567890', receivedOn: '2026-03-05' } },
      context,
    );
    expect(byPost).toMatchObject({ servedOn: '2026-03-05', servedLate: false });
    const inPerson = recordApplicationCopyService(
      {
        countyCode: COUNTY,
        delivery: { method: 'IN_PERSON', receivedOn: '2026-03-03', signedBy: '王某（法定代表人）' },
      },
      context,
    );
    expect(inPerson.servedOn).toBe('2026-03-03');
    expect(
      thrownBy(() =>
        recordApplicationCopyService({ countyCode: COUNTY, delivery: { method: 'FAX' } as never }, context),
      ).field,
    ).toBe('delivery.method');
  });
});
