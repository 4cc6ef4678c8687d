import { blankMatterForm, formFieldOf, toMatterContent, type MatterFormValues } from './matter-form';

const filled: MatterFormValues = {
  ...blankMatterForm('421303'),
  applicant: {
    name: ' 张建国 ',
    sex: 'MALE',
    birthDate: '1990-05-17',
    identityNumber: '42130319900517123x',
    phone: '13872345678',
    domicile: '随州市曾都区',
    occupation: '钢筋工',
  },
  employer: { name: '随州市某建筑劳务有限公司' },
  employment: { startDate: '2024-03-01', endDate: '2025-12-31', stillEmployed: false },
  claims: [
    { category: 'WAGES', amountYuan: '36000.29', description: '拖欠工资' },
    { category: 'CONFIRM_LABOR_RELATIONSHIP', amountYuan: '0' },
  ],
  evidence: [{ description: '考勤记录', source: '申请人保存' }],
  requestedRemedy: 'AWARD',
};

describe('the intake form becomes MatterContent', () => {
  it('sends amounts in exact fen, trims text and upper-cases the identity number', () => {
    const content = toMatterContent(filled, 'WINDOW');
    expect(content.claims).toEqual([
      { category: 'WAGES', amountFen: 3_600_029, description: '拖欠工资' },
      { category: 'CONFIRM_LABOR_RELATIONSHIP', amountFen: 0, description: '' },
    ]);
    expect(content.applicant.name).toBe('张建国');
    expect(content.applicant.identityNumber).toBe('42130319900517123X');
    expect(content.employment).toEqual({ startDate: '2024-03-01', endDate: '2025-12-31', stillEmployed: false });
    expect(content.requestedRemedy).toBe('AWARD');
    expect(content.channel).toBe('WINDOW');
    expect('layoff' in content).toBe(false);
  });

  it('drops the end date while still employed and sends the layoff only when it applies', () => {
    const content = toMatterContent(
      {
        ...filled,
        employment: { startDate: '2024-03-01', endDate: '2025-12-31', stillEmployed: true },
        hasLayoff: true,
        layoff: { workersLaidOff: 25, workforce: 200 },
        requestedRemedy: undefined,
      },
      'ONLINE',
    );
    expect(content.employment).toEqual({ startDate: '2024-03-01', stillEmployed: true });
    expect(content.layoff).toEqual({ workersLaidOff: 25, workforce: 200 });
    expect('requestedRemedy' in content).toBe(false);
    expect(content.channel).toBe('ONLINE');
  });

  it('refuses to convert an amount the form did not check', () => {
    expect(() =>
      toMatterContent({ ...filled, claims: [{ category: 'WAGES', amountYuan: '1.234' }] }, 'WINDOW'),
    ).toThrow(/claims\[0\]\.amountYuan/);
  });
});

describe("the gateway's field violations land on the form's fields", () => {
  it.each([
    ['content.applicant.identityNumber', ['applicant', 'identityNumber']],
    ['content.claims[1].amountFen', ['claims', 1, 'amountYuan']],
    ['content.claims.0.category', ['claims', 0, 'category']],
    ['claims', ['claims']],
    ['content.layoff.workforce', ['layoff', 'workforce']],
  ])('%s → %j', (field, path) => {
    expect(formFieldOf(field)).toEqual(path);
  });

  it.each(['content', 'content.channel', 'requestId', 'content.applicant.unknown', ''])('%p has no field', (field) => {
    expect(formFieldOf(field)).toBeUndefined();
  });
});
