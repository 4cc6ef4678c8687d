import { findMissingItems, reviewApplication } from './index';
import { completeApplication, RECEIVED_ON } from './testing/complete-application.fixture';

describe('the supplement notice lists everything missing at once (一次性告知, 办案规则 Art. 29)', () => {
  it('lists every missing Art. 28 item in one notice, with field paths and Chinese descriptions', () => {
    const content = completeApplication({
      applicant: { occupation: '', age: 0 },
      employer: { legalRepresentative: '  ' },
      claims: [{ category: 'WAGES', amountFen: 500_000, description: '' }],
      factsAndReasons: '',
      witnesses: [{ name: '赵某', contact: '', statement: '' }],
    });
    const decision = reviewApplication({ content, receivedOn: RECEIVED_ON });
    if (decision.outcome !== 'SUPPLEMENT_REQUIRED')
      throw new Error(`expected SUPPLEMENT_REQUIRED, got ${decision.outcome}`);
    expect(decision.supplementNotice.missing.map((m) => [m.field, m.description])).toEqual([
      ['applicant.age', '申请人年龄'],
      ['applicant.occupation', '申请人职业'],
      ['employer.legalRepresentative', '用人单位法定代表人或者主要负责人的姓名'],
      ['claims[0].description', '第1项仲裁请求的具体内容'],
      ['factsAndReasons', '仲裁请求所根据的事实和理由'],
      ['witnesses[0].contact', '第1名证人的住所'],
    ]);
  });

  it('asks for the end date when the employment has ended without one', () => {
    const content = completeApplication({ employment: { stillEmployed: false, endDate: '' } });
    expect(findMissingItems(content).map((m) => m.field)).toEqual(['employment.endDate']);
  });

  it('asks for claims when there are none', () => {
    expect(findMissingItems(completeApplication({ claims: [] })).map((m) => m.field)).toEqual(['claims']);
  });

  it('allows an application with no witnesses', () => {
    expect(findMissingItems(completeApplication({ witnesses: [] }))).toEqual([]);
  });

  it('takes the birth date of a matter registered before intake published ages as stating the age', () => {
    expect(findMissingItems(completeApplication({ applicant: { age: 0, birthDate: '1988-04-12' } }))).toEqual([]);
  });

  it('asks for the identity number and phone (办案规则 Art. 29)', () => {
    const missing = findMissingItems(completeApplication({ applicant: { identityNumber: '', phone: '' } }));
    expect(missing.map((m) => m.field)).toEqual(['applicant.identityNumber', 'applicant.phone']);
    expect(missing[0].citation).toContain('《劳动人事争议仲裁办案规则》第二十九条');
  });
});
