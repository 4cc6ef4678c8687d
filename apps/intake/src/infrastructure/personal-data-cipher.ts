// Field-level encryption of a worker's identity number, birth date and phone, and of the witnesses'
// contacts, at rest (个人信息加密存储, 个人信息保护法 Art. 51):
// AES-256-GCM, so a changed byte is detected rather than decrypted into a wrong number. Each value is
// bound to its matter and field (additional authenticated data), so a value copied into another
// matter or field does not open. The key id stored with each value tells which key sealed it, so keys
// can be rotated. A blind index (HMAC-SHA256) of the identity number lets staff find a worker's
// earlier matters by exact number without the number being stored.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export interface SealedValue {
  keyId: string;
  /** base64 of the 12-byte nonce, fresh for every value. */
  iv: string;
  ciphertext: string;
  /** base64 of the 16-byte GCM authentication tag. */
  tag: string;
}

/** A witness's contact is bound to its place in the list: swapping two witnesses' values does not open. */
export type SealedField =
  | 'applicant.identityNumber'
  | 'applicant.birthDate'
  | 'applicant.phone'
  | `witnesses[${number}].contact`
  | 'reporter';

export const PERSONAL_DATA_KEY_BYTES = 32;
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BLIND_INDEX_INFO = 'onewindow/intake/identity-number-blind-index/v1';

export class PersonalDataIntegrityError extends Error {
  constructor(field: SealedField, matterId: string, why: string) {
    super(`${field} of matter ${matterId} cannot be opened: ${why}`);
    this.name = 'PersonalDataIntegrityError';
  }
}

export class PersonalDataCipher {
  private readonly blindIndexKey: Buffer;

  constructor(
    private readonly key: Buffer,
    readonly keyId: string,
  ) {
    if (key.length !== PERSONAL_DATA_KEY_BYTES) {
      throw new RangeError(`the personal-data key must be ${PERSONAL_DATA_KEY_BYTES} bytes; got ${key.length}`);
    }
    // A key of its own for the index, so the index reveals nothing about the encryption key.
    this.blindIndexKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), BLIND_INDEX_INFO, 32));
  }

  seal(plaintext: string, matterId: string, field: SealedField): SealedValue {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(additionalData(matterId, field));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return {
      keyId: this.keyId,
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  }

  /** Throws PersonalDataIntegrityError when the value was changed, moved, or sealed under another key. */
  open(sealed: SealedValue, matterId: string, field: SealedField): string {
    if (sealed.keyId !== this.keyId) {
      throw new PersonalDataIntegrityError(field, matterId, `sealed under key '${sealed.keyId}', not '${this.keyId}'`);
    }
    const tag = Buffer.from(sealed.tag, 'base64');
    if (tag.length !== TAG_BYTES) throw new PersonalDataIntegrityError(field, matterId, 'the tag is malformed');
    const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(sealed.iv, 'base64'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(additionalData(matterId, field));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new PersonalDataIntegrityError(field, matterId, 'it fails authentication (altered, or not this matter’s)');
    }
  }

  /** The same identity number always gives the same index; the index does not give the number back. */
  identityNumberIndex(identityNumber: string): string {
    return createHmac('sha256', this.blindIndexKey).update(identityNumber).digest('base64');
  }
}

const additionalData = (matterId: string, field: SealedField) => Buffer.from(`matter:${matterId}/${field}`, 'utf8');
