import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCertificate, checkPassword, checkUsername, forbiddenCharacters, PASSWORD_SPECIALS } from './chaman';

describe('ChaMan username rules (004)', () => {
  it('accepts digits and letters, up to 10', () => {
    expect(checkUsername('ocmw2025')).toEqual([]);
    expect(checkUsername('ABCDEFGHIJ')).toEqual([]);
  });
  it('names every broken rule', () => {
    expect(checkUsername('')).toEqual(['empty']);
    expect(checkUsername('ocmw herst')).toEqual(['spaces']);
    expect(checkUsername('ocmw_1')).toEqual(['characters']);
    expect(checkUsername('héllo')).toEqual(['characters']);
    expect(checkUsername('ABCDEFGHIJK')).toEqual(['tooLong']);
    expect(checkUsername('a b_cdefghijk')).toEqual(['spaces', 'characters', 'tooLong']);
  });
});

describe('ChaMan password rules (004)', () => {
  it('accepts up to 15 characters with two allowed specials', () => {
    expect(checkPassword('Herst@ppe#25')).toEqual([]);
    expect(checkPassword('aB1,;:=?./+*$%<')).toEqual([]);
  });
  it('names every broken rule', () => {
    expect(checkPassword('')).toEqual(['empty']);
    expect(checkPassword('Herstappe@2025!x')).toEqual(['tooLong']);
    expect(checkPassword('Her st@ppe#')).toEqual(['spaces']);
    expect(checkPassword('Herstappe@2025')).toEqual(['tooFewSpecial']);
    expect(checkPassword('Herst@ppe€#')).toEqual(['forbiddenCharacter']);
    expect(forbiddenCharacters('a{b"c\\d@#')).toEqual(['{', '"', '\\']);
  });
  it('every allowed special counts towards the two non-alphanumeric characters', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PASSWORD_SPECIALS), fc.constantFrom(...PASSWORD_SPECIALS), (a, b) => {
        expect(checkPassword(`Ocmw${a}${b}9`)).toEqual([]);
      }),
    );
  });
});

describe('certificate rules (004)', () => {
  const good = { fileName: 'ocmw.cer', keyType: 'RSA-2048', signature: 'SHA-256', selfSigned: false, keyUsage: [] };
  it('accepts a globally signed .cer with an allowed key and signature', () => {
    expect(checkCertificate(good, 'ftp')).toEqual([]);
    expect(checkCertificate({ ...good, keyType: 'P-521', signature: 'SHA-512' }, 'rest')).toEqual([]);
  });
  it('refuses .pfx and other formats, weak keys and signatures', () => {
    expect(checkCertificate({ ...good, fileName: 'ocmw.pfx' }, 'ftp')).toEqual(['pfx']);
    expect(checkCertificate({ ...good, fileName: 'ocmw.pem' }, 'ftp')).toEqual(['format']);
    expect(checkCertificate({ ...good, keyType: 'RSA-1024', signature: 'SHA-1' }, 'rest')).toEqual(['keySize', 'signature']);
  });
  it('self-signed only for REST, and then with key usage "digital signature"', () => {
    const self = { ...good, selfSigned: true, keyUsage: ['digitalSignature'] };
    expect(checkCertificate(self, 'rest')).toEqual([]);
    expect(checkCertificate(self, 'ftp')).toEqual(['selfSignedFtp']);
    expect(checkCertificate({ ...self, keyUsage: [] }, 'rest')).toEqual(['keyUsage']);
  });
});
