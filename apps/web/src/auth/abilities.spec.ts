import type { SignedInUser } from '@onewindow/gateway-api';
import { abilitiesOf, intakeChannelOf, screenPath, screensOf } from './abilities';

const user = (roles: SignedInUser['roles']): SignedInUser => ({
  username: 'u',
  displayName: '测试',
  roles,
  counties: ['421303'],
});

describe('what the workstation offers each post', () => {
  it('lets the petition window register visits, and the one window register window matters', () => {
    expect(abilitiesOf(user(['PETITION_OFFICER'])).intake).toBe(true);
    expect(intakeChannelOf(user(['PETITION_OFFICER']))).toBe('PETITION_VISIT');
    expect(intakeChannelOf(user(['WINDOW_CLERK', 'PETITION_OFFICER']))).toBe('WINDOW');
    expect(abilitiesOf(user(['MEDIATOR'])).intake).toBe(false);
  });

  it('lets the duty supervisor register too, under the window channel the form records', () => {
    expect(abilitiesOf(user(['SUPERVISOR'])).intake).toBe(true);
    expect(intakeChannelOf(user(['SUPERVISOR']))).toBe('WINDOW');
  });

  it('offers the acceptance decision to arbitrators only, not to arbitration clerks', () => {
    expect(abilitiesOf(user(['ARBITRATOR'])).decideAcceptance).toBe(true);
    expect(abilitiesOf(user(['ARBITRATION_CLERK'])).decideAcceptance).toBe(false);
  });

  it('offers the award period to arbitrators, and the withdrawal to the arbitration window, not to the one window', () => {
    expect(abilitiesOf(user(['ARBITRATOR']))).toMatchObject({ manageAwardPeriod: true, recordWithdrawal: true });
    expect(abilitiesOf(user(['ARBITRATION_CLERK']))).toMatchObject({
      manageAwardPeriod: false,
      recordWithdrawal: true,
    });
    expect(abilitiesOf(user(['WINDOW_CLERK']))).toMatchObject({ manageAwardPeriod: false, recordWithdrawal: false });
  });

  it('splits the proceedings: the arbitration window records what the parties do, the tribunal decides', () => {
    expect(abilitiesOf(user(['ARBITRATION_CLERK']))).toMatchObject({
      arbitrationCases: true,
      recordProceedings: true,
      decideProceedings: false,
    });
    expect(abilitiesOf(user(['ARBITRATOR']))).toMatchObject({ recordProceedings: true, decideProceedings: true });
    expect(abilitiesOf(user(['SUPERVISOR']))).toMatchObject({ arbitrationCases: true, recordProceedings: false });
    expect(abilitiesOf(user(['WINDOW_CLERK'])).arbitrationCases).toBe(false);
  });

  it('puts the hearing calendar in the menu of the arbitration window and the tribunal only, under its own address', () => {
    expect(screensOf(abilitiesOf(user(['ARBITRATOR'])))).toContain('hearingCalendar');
    expect(screensOf(abilitiesOf(user(['ARBITRATION_CLERK'])))).toContain('hearingCalendar');
    expect(screensOf(abilitiesOf(user(['SUPERVISOR'])))).not.toContain('hearingCalendar');
    expect(screenPath('hearingCalendar')).toBe('hearing-calendar');
    expect(screenPath('queues')).toBe('queues');
  });

  it('offers the consultation queue and answer to the window and the other answering posts, not to mediators', () => {
    for (const role of ['WINDOW_CLERK', 'PETITION_OFFICER', 'SUPERVISOR'] as const) {
      expect(abilitiesOf(user([role]))).toMatchObject({ answerConsultations: true, queues: true });
    }
    expect(abilitiesOf(user(['MEDIATOR'])).answerConsultations).toBe(false);
    expect(abilitiesOf(user(['AUDITOR'])).queues).toBe(false);
  });

  it('offers whole personal data to case-handling posts, not to supervisors', () => {
    expect(abilitiesOf(user(['WINDOW_CLERK'])).personalData).toBe(true);
    expect(abilitiesOf(user(['SUPERVISOR'])).personalData).toBe(false);
  });

  it('gives the inspector the inspection cases and their steps, the officer the supervision matters; the supervisor reads both', () => {
    expect(abilitiesOf(user(['INSPECTOR']))).toMatchObject({
      inspectionCases: true,
      inspect: true,
      supervisionMatters: false,
      superviseLaborRelations: false,
    });
    expect(abilitiesOf(user(['LABOR_RELATIONS_OFFICER']))).toMatchObject({
      inspectionCases: false,
      inspect: false,
      supervisionMatters: true,
      superviseLaborRelations: true,
    });
    expect(abilitiesOf(user(['SUPERVISOR']))).toMatchObject({
      inspectionCases: true,
      inspect: false,
      supervisionMatters: true,
      superviseLaborRelations: false,
    });
    expect(abilitiesOf(user(['MEDIATOR']))).toMatchObject({ inspectionCases: false, supervisionMatters: false });
    expect(screensOf(abilitiesOf(user(['INSPECTOR'])))).toEqual(['queues', 'inspectionCases', 'matters']);
    expect(screenPath('inspectionCases')).toBe('inspection-cases');
    expect(screenPath('supervisionMatters')).toBe('supervision-matters');
  });

  it('lets mediators conduct mediations and the supervisor keep the roll; both may assign', () => {
    expect(abilitiesOf(user(['MEDIATOR']))).toMatchObject({ mediate: true, assignMediators: true, mediators: false });
    expect(abilitiesOf(user(['SUPERVISOR']))).toMatchObject({ mediate: false, assignMediators: true, mediators: true });
    expect(abilitiesOf(user(['WINDOW_CLERK']))).toMatchObject({ mediate: false, assignMediators: false });
  });
});
