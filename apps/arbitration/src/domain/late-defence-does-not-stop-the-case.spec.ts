import { awardPeriodOn, openAwardPeriod } from './award-period';
import { InvalidProceedingsInputError, ProceedingsPreconditionError } from './proceedings.errors';
import { ApplicationCopyService, defenceStateOn, recordApplicationCopyService, recordDefence } from './case-service';
import { COUNTY, thrownBy, eveningOf } from './testing/proceedings.fixture';

// Accepted Monday 2026-03-02 (award due 2026-04-16); the copy served in person on Wednesday 2026-03-04,
// so the defence is due Wednesday 2026-03-18 (10 working days).
const period = openAwardPeriod({ countyCode: COUNTY, acceptedOn: '2026-03-02' });
const service: ApplicationCopyService = recordApplicationCopyService(
  { countyCode: COUNTY, delivery: { method: 'IN_PERSON', receivedOn: '2026-03-04', signedBy: '王某（法定代表人）' } },
  { countyCode: COUNTY, acceptedOn: '2026-03-02', now: eveningOf('2026-03-04') },
);

describe('a late defence is recorded as late and does not stop the case (劳动争议调解仲裁法 Art. 30)', () => {
  it('takes a defence on its last day as in time', () => {
    const defence = recordDefence(service, { submittedOn: '2026-03-18' }, { now: eveningOf('2026-03-18') });
    expect(defence).toMatchObject({ submittedOn: '2026-03-18', dueOn: '2026-03-18', late: false, notes: [] });
    expect(defenceStateOn(service, '2026-03-20', defence)).toBe('FILED');
  });

  it('records a defence a day late as late, and the award period runs on unchanged', () => {
    const defence = recordDefence(service, { submittedOn: '2026-03-19' }, { now: eveningOf('2026-03-19') });
    expect(defence).toMatchObject({ countyCode: COUNTY, late: true, dueOn: '2026-03-18' });
    expect(defence.notes.join()).toContain('不影响仲裁程序的进行');
    expect(defence.citation).toContain('第三十条');
    // The commission still serves its copy on the applicant: 5 working days from receipt.
    expect(defence.copyToApplicantDue).toMatchObject({ id: 'arbitration.defence-copy-service', dueOn: '2026-03-26' });
    expect(defenceStateOn(service, '2026-03-19', defence)).toBe('FILED_LATE');
    expect(awardPeriodOn(period, '2026-03-19')).toMatchObject({ state: 'RUNNING', dueOn: '2026-04-16' });
  });

  it('shows no defence after the due day as not filed in time, and the case goes on', () => {
    expect(defenceStateOn(service, '2026-03-18')).toBe('AWAITED');
    expect(defenceStateOn(service, '2026-03-19')).toBe('NOT_FILED_IN_TIME');
    expect(awardPeriodOn(period, '2026-03-25').state).toBe('RUNNING');
  });

  it('refuses a defence dated before the service or after today, or without a service', () => {
    const early = thrownBy(() =>
      recordDefence(service, { submittedOn: '2026-03-03' }, { now: eveningOf('2026-03-05') }),
    );
    expect(early).toBeInstanceOf(InvalidProceedingsInputError);
    expect(early.field).toBe('submittedOn');
    expect(
      thrownBy(() => recordDefence(service, { submittedOn: '2026-03-06' }, { now: eveningOf('2026-03-05') })).field,
    ).toBe('submittedOn');
    expect(
      thrownBy(() =>
        recordDefence(
          undefined as unknown as ApplicationCopyService,
          { submittedOn: '2026-03-06' },
          { now: eveningOf('2026-03-06') },
        ),
      ),
    ).toBeInstanceOf(ProceedingsPreconditionError);
  });
});
