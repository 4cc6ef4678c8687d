import { applicationCopyServiceDue, recordApplicationCopyService } from './case-service';
import { InvalidProceedingsInputError } from './proceedings.errors';
import { COUNTY, thrownBy, eveningOf } from './testing/proceedings.fixture';

// Accepted Thursday 2026-02-12, just before 春节 (02-15 to 02-23 off, Saturday 02-14 worked).
const context = { countyCode: COUNTY, acceptedOn: '2026-02-12', now: eveningOf('2026-03-02') };

describe('the application copy is served within 5 working days of acceptance (劳动争议调解仲裁法 Art. 30)', () => {
  it('counts working days: the make-up Saturday counts, the holiday does not', () => {
    // 02-13 (1), 02-14 make-up (2), 02-24 (3), 02-25 (4), 02-26 (5).
    expect(applicationCopyServiceDue('2026-02-12')).toMatchObject({
      id: 'arbitration.respondent-copy-service',
      start: '2026-02-12',
      dueOn: '2026-02-26',
      provisional: false,
    });
    expect(applicationCopyServiceDue('2026-02-12').citation).toContain('第三十条');
  });

  it('records a copy served after the due day as served late: the service stands and the defence runs from it', () => {
    const service = recordApplicationCopyService(
      { countyCode: COUNTY, delivery: { method: 'POST', trackingNumber: 'EMS9876543210', receivedOn: '2026-02-27' } },
      context,
    );
    expect(service).toMatchObject({ servedOn: '2026-02-27', dueOn: '2026-02-26', servedLate: true });
    expect(service.notes.join()).toContain('晚于受理后五日的送达期限 2026-02-26');
    // 10 working days from 02-27: 02-28 (make-up Saturday) is the first.
    expect(service.defenceDue.dueOn).toBe('2026-03-12');
  });

  it('runs the defence from a copy served the day after acceptance across the holiday', () => {
    const service = recordApplicationCopyService(
      { countyCode: COUNTY, delivery: { method: 'IN_PERSON', receivedOn: '2026-02-13', signedBy: '张某（人事经理）' } },
      context,
    );
    expect(service).toMatchObject({ servedOn: '2026-02-13', servedLate: false });
    expect(service.defenceDue.dueOn).toBe('2026-03-05');
  });

  it("refuses a receipt before acceptance or after today, a county not the case's, and a missing tracking number", () => {
    const post = (receivedOn: string, trackingNumber = 'EMS9876543210') => ({
      countyCode: COUNTY,
      delivery: { method: 'POST' as const, trackingNumber, receivedOn },
    });
    const early = thrownBy(() => recordApplicationCopyService(post('2026-02-11'), context));
    expect(early).toBeInstanceOf(InvalidProceedingsInputError);
    expect(early.field).toBe('delivery.receivedOn');
    expect(thrownBy(() => recordApplicationCopyService(post('2026-03-03'), context)).field).toBe('delivery.receivedOn');
    expect(thrownBy(() => recordApplicationCopyService(post('2026-02-27', ''), context)).field).toBe(
      'delivery.trackingNumber',
    );
    expect(
      thrownBy(() => recordApplicationCopyService({ ...post('2026-02-27'), countyCode: '421321' }, context)).field,
    ).toBe('countyCode');
  });
});
