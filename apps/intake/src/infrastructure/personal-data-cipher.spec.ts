import { randomBytes } from 'node:crypto';
import { PersonalDataCipher, PersonalDataIntegrityError, SealedValue } from './personal-data-cipher';

const IDENTITY = '421303199005171234';

describe('sealing personal data at rest (AES-256-GCM)', () => {
  const cipher = new PersonalDataCipher(randomBytes(32), 'k1');

  it('opens what it sealed, and never stores the number in the clear', () => {
    const sealed = cipher.seal(IDENTITY, 'matter-1', 'applicant.identityNumber');
    expect(cipher.open(sealed, 'matter-1', 'applicant.identityNumber')).toBe(IDENTITY);
    expect(JSON.stringify(sealed)).not.toContain(IDENTITY);
    expect(sealed.keyId).toBe('k1');
  });

  it('uses a fresh nonce each time, so equal numbers do not look equal when sealed', () => {
    const [a, b] = [1, 2].map(() => cipher.seal(IDENTITY, 'matter-1', 'applicant.identityNumber'));
    expect(a!.iv).not.toBe(b!.iv);
    expect(a!.ciphertext).not.toBe(b!.ciphertext);
  });

  it('refuses a tampered ciphertext', () => {
    const sealed = cipher.seal('13872345678', 'matter-1', 'applicant.phone');
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    bytes[0]! ^= 1;
    const tampered: SealedValue = { ...sealed, ciphertext: bytes.toString('base64') };
    expect(() => cipher.open(tampered, 'matter-1', 'applicant.phone')).toThrow(PersonalDataIntegrityError);
  });

  it('refuses a value sealed under another key, whatever its key id says', () => {
    const other = new PersonalDataCipher(randomBytes(32), 'k1');
    const sealed = other.seal(IDENTITY, 'matter-1', 'applicant.identityNumber');
    expect(() => cipher.open(sealed, 'matter-1', 'applicant.identityNumber')).toThrow(/fails authentication/);
  });

  it('names the key a value was sealed under when this service does not hold it', () => {
    const sealed = new PersonalDataCipher(randomBytes(32), 'k0').seal(IDENTITY, 'matter-1', 'applicant.identityNumber');
    expect(() => cipher.open(sealed, 'matter-1', 'applicant.identityNumber')).toThrow(
      /sealed under key 'k0', not 'k1'/,
    );
  });

  it('refuses a value copied from another matter or another field', () => {
    const sealed = cipher.seal(IDENTITY, 'matter-1', 'applicant.identityNumber');
    expect(() => cipher.open(sealed, 'matter-2', 'applicant.identityNumber')).toThrow(PersonalDataIntegrityError);
    expect(() => cipher.open(sealed, 'matter-1', 'applicant.phone')).toThrow(PersonalDataIntegrityError);
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new PersonalDataCipher(randomBytes(16), 'k1')).toThrow(/must be 32 bytes; got 16/);
  });
});

describe('blind index of the identity number', () => {
  const key = randomBytes(32);
  const cipher = new PersonalDataCipher(key, 'k1');

  it('is the same for the same number and differs for another', () => {
    expect(cipher.identityNumberIndex(IDENTITY)).toBe(new PersonalDataCipher(key, 'k1').identityNumberIndex(IDENTITY));
    expect(cipher.identityNumberIndex(IDENTITY)).not.toBe(cipher.identityNumberIndex('421303199005171242'));
  });

  it('depends on the key, and is not a plain hash of the number', () => {
    const index = cipher.identityNumberIndex(IDENTITY);
    expect(index).not.toBe(new PersonalDataCipher(randomBytes(32), 'k1').identityNumberIndex(IDENTITY));
    expect(index).not.toContain(IDENTITY);
  });
});
