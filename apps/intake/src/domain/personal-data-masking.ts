// De-identified forms of personal data (个人信息去标识化, 个人信息保护法 Art. 51): what every screen,
// list, event and stored `content` shows of a worker, so that none of them, alone or put together, lets
// a reader work out the identity number. The whole values are sealed apart and revealed on request.
import { addYears, compareIsoDates, type IsoDate } from '@onewindow/calendar';
import type { MatterContent } from './matter-content';
import { maskIdentityNumber, parsePhoneNumber } from '@onewindow/matter';

// With fewer hidden digits a reader could try every combination (under 1000), so the whole value is masked.
const MIN_HIDDEN_CHARACTERS = 3;

// The identity number's one masked form is shared with the gateway's audit log (libs/matter).
export { maskIdentityNumber } from '@onewindow/matter';

/** '13812345678' → '138****5678'; '0722-3312345' → '0722-***2345'; anything unreadable is masked whole. */
export function maskPhone(value: string): string {
  const phone = parsePhoneNumber(value);
  if (!phone.ok) return maskMiddle(value, 0, 0);
  if (phone.value.kind === 'MOBILE') return maskMiddle(phone.value.number, 3, 4);
  return `${phone.value.areaCode}-${maskMiddle(phone.value.localNumber, 0, 4)}`;
}

function maskMiddle(value: string, head: number, tail: number): string {
  const characters = [...value];
  const hidden = characters.length - head - tail;
  if (hidden < MIN_HIDDEN_CHARACTERS) return '*'.repeat(characters.length);
  return characters.slice(0, head).join('') + '*'.repeat(hidden) + characters.slice(characters.length - tail).join('');
}

/**
 * Whole years (周岁) on `day`: a year is complete on the birthday, read as the validator reads ages
 * (addYears: someone born on 29 February completes a year on 28 February of a common year).
 */
export function ageOn(birthDate: IsoDate, day: IsoDate): number {
  let age = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (compareIsoDates(addYears(birthDate, age), day) > 0) age -= 1;
  return age;
}

/** The worker's and witnesses' personal data (个人信息) that intake keeps sealed and shows de-identified. */
export interface PersonalData {
  identityNumber: string;
  birthDate: IsoDate;
  phone: string;
  /** content.witnesses[i].contact, in order. */
  witnessContacts: string[];
  /** A report's reporter (举报人): who they are is sealed whole, never shown masked (劳动保障监察条例 Art. 9). */
  reporter?: SealedReporter;
}

export interface SealedReporter {
  name: string;
  domicile: string;
  occupation: string;
}

/** A report (举报) keeps its reporter confidential (劳动保障监察条例 Art. 9): not even a masked form is shown. */
export const reporterIsSealed = (content: Pick<MatterContent, 'kind'>): boolean => content.kind === 'REPORT';

/**
 * The content as everyone sees it unless they ask for the whole values (lists, events, responses,
 * intake's store): the age on the day of registration in place of the birth date, the identity
 * number, the phone and the witnesses' contacts masked.
 */
export function withPersonalDataMasked(content: MatterContent, registeredOn: IsoDate): MatterContent {
  const { identityNumber, birthDate, phone } = personalDataOf(content);
  return shownForm(content, { identityNumber, birthDate, registeredOn, maskedPhone: maskPhone(phone) });
}

/**
 * A content stored before ages replaced birth dates (a 4+10+4 identity mask, the birth date and the
 * witnesses' contacts in it) as it is shown now; a content stored since, unchanged.
 */
export function storedContentAsShownNow(content: MatterContent, registeredOn: IsoDate): MatterContent {
  const { birthDate, identityNumber, phone } = content.applicant;
  if (!birthDate) return content;
  // Its phone was masked already.
  return shownForm(content, { identityNumber, birthDate, registeredOn, maskedPhone: phone });
}

function shownForm(
  content: MatterContent,
  person: { identityNumber: string; birthDate: IsoDate; registeredOn: IsoDate; maskedPhone: string },
): MatterContent {
  if (reporterIsSealed(content)) {
    return {
      ...content,
      applicant: {
        ...content.applicant,
        name: '',
        identityNumber: '',
        birthDate: '',
        age: ageOn(person.birthDate, person.registeredOn),
        phone: '',
        domicile: '',
        occupation: '',
      },
      witnesses: content.witnesses.map((witness) => ({ ...witness, contact: maskPhone(witness.contact) })),
    };
  }
  return {
    ...content,
    applicant: {
      ...content.applicant,
      identityNumber: maskIdentityNumber(person.identityNumber),
      birthDate: '',
      age: ageOn(person.birthDate, person.registeredOn),
      phone: person.maskedPhone,
    },
    witnesses: content.witnesses.map((witness) => ({ ...witness, contact: maskPhone(witness.contact) })),
  };
}

/** What is sealed: the identity number in its upper-case form, so a lower-case 'x' finds the same worker. */
export function personalDataOf(content: MatterContent): PersonalData {
  const { name, domicile, occupation } = content.applicant;
  return {
    identityNumber: content.applicant.identityNumber.toUpperCase(),
    birthDate: content.applicant.birthDate,
    phone: content.applicant.phone,
    witnessContacts: content.witnesses.map((witness) => witness.contact),
    ...(reporterIsSealed(content) ? { reporter: { name, domicile, occupation } } : {}),
  };
}
