import { idCardCheckCharacter, isIdCardNumber, maskIdCardNumber } from './id-card-number';
import { isUnifiedSocialCreditCode, usccCheckCharacter } from './unified-social-credit-code';

describe('unified social credit code (GB 32100)', () => {
  it.each(['91350100M000100Y43', '91110000600037341L', '92320100MA1MXXE06M'])('accepts %s', (code) => {
    expect(isUnifiedSocialCreditCode(code)).toBe(true);
  });

  it('refuses a wrong check character, a wrong length, lower case and letters outside the alphabet', () => {
    expect(isUnifiedSocialCreditCode('91350100M000100Y44')).toBe(false);
    expect(isUnifiedSocialCreditCode('91350100M000100Y4')).toBe(false);
    expect(isUnifiedSocialCreditCode('91350100m000100y43')).toBe(false);
    const withO = '91350100M00010OY4';
    expect(isUnifiedSocialCreditCode(withO + usccCheckCharacter(withO))).toBe(false);
  });

  it('computes the check character of any 17 characters', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
  });
});

describe('ID-card number (GB 11643)', () => {
  it('accepts the standard example and a number ending in X', () => {
    expect(isIdCardNumber('11010519491231002X')).toBe(true);
    expect(
      isIdCardNumber('110105194912310021'.slice(0, 17) + idCardCheckCharacter('11010519491231002')),
    ).toBe(true);
    expect(isIdCardNumber('11010519491231002x')).toBe(true);
  });

  it('refuses a wrong check digit, an impossible birth date and a wrong length', () => {
    expect(isIdCardNumber('110105194912310021')).toBe(false);
    const feb30 = '11010519490230001';
    expect(isIdCardNumber(feb30 + idCardCheckCharacter(feb30))).toBe(false);
    expect(isIdCardNumber('11010519491231002')).toBe(false);
  });

  it('masks all but the province and the check character', () => {
    expect(maskIdCardNumber('11010519491231002X')).toBe('11***************X');
    expect(maskIdCardNumber('320102199001011054')).toBe('32***************4');
    expect(maskIdCardNumber('12345')).toBe('*****');
  });
});
