// Masked forms of personal data for lists and logs (个人信息去标识化), so a screen or a log line
// never shows a whole identity or phone number.
import type { MatterContent } from './matter-content';
import { parsePhoneNumber } from '@onewindow/matter';

// With fewer hidden digits a reader could try every combination (under 1000), so the whole value is masked.
const MIN_HIDDEN_CHARACTERS = 3;

/** '421303199001011234' → '4213**********1234'. */
export function maskIdentityNumber(value: string): string {
  return maskMiddle(value, 4, 4);
}

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

/** The worker's personal data (个人信息) that intake keeps sealed at rest and shows masked by default. */
export interface PersonalData {
  identityNumber: string;
  phone: string;
}

/** The content as everyone sees it unless they ask for the whole numbers: in lists, events, responses. */
export function withPersonalDataMasked(content: MatterContent): MatterContent {
  const { identityNumber, phone } = personalDataOf(content);
  return {
    ...content,
    applicant: { ...content.applicant, identityNumber: maskIdentityNumber(identityNumber), phone: maskPhone(phone) },
  };
}

/** What is sealed: the identity number in its upper-case form, so a lower-case 'x' finds the same worker. */
export function personalDataOf(content: MatterContent): PersonalData {
  return { identityNumber: content.applicant.identityNumber.toUpperCase(), phone: content.applicant.phone };
}
