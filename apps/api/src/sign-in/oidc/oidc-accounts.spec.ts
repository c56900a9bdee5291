import type { UserView } from '@app/projections';
import type { OidcSettings } from '@app/runtime';
import { accountQuery, matchAccount } from './oidc-accounts';

const settings: OidcSettings = {
  issuer: 'https://idp.example.gov.cn',
  clientId: 'c',
  clientSecret: 's',
  redirectUrl: 'https://console.example.gov.cn/api/auth/oidc/callback',
  accountClaim: 'employee_number',
  scope: 'openid profile',
};
const user = (id: string, fields: Partial<UserView> = {}) =>
  ({ id, status: 'active', erased: false, employeeNumber: 'E1', departmentId: 'd1', ...fields }) as UserView;

describe('the account an identity platform names', () => {
  it('takes the configured claim as the employee number, a number claim as its digits', () => {
    expect(accountQuery({ sub: 's', employee_number: ' E1 ' }, settings)).toEqual({ employeeNumber: 'E1' });
    expect(accountQuery({ sub: 's', employee_number: 1024 }, settings)).toEqual({ employeeNumber: '1024' });
    expect(accountQuery({ sub: 's', staff_no: 'E2' }, { ...settings, accountClaim: 'staff_no' })).toEqual({
      employeeNumber: 'E2',
    });
  });

  it('narrows by the department claim when one is configured, and needs it then', () => {
    const withDepartment = { ...settings, departmentClaim: 'org_code' };
    expect(accountQuery({ sub: 's', employee_number: 'E1', org_code: 'scjg' }, withDepartment)).toEqual({
      employeeNumber: 'E1',
      departmentId: 'scjg',
    });
    expect(accountQuery({ sub: 's', employee_number: 'E1' }, withDepartment)).toBeUndefined();
  });

  it('finds no usable claim when it is absent, empty, too long or not text', () => {
    for (const value of [undefined, '', '  ', 'x'.repeat(65), ['E1'], { n: 1 }, 1.5, true]) {
      expect(accountQuery({ sub: 's', employee_number: value }, settings)).toBeUndefined();
    }
  });

  it('signs in exactly one active account', () => {
    const one = user('u1');
    expect(matchAccount([one, user('u2', { status: 'disabled' })])).toEqual({ kind: 'one', user: one });
    expect(matchAccount([one, user('u3', { erased: true })])).toEqual({ kind: 'one', user: one });
  });

  it('refuses none, several active, and only disabled ones (each to record the failure)', () => {
    expect(matchAccount([])).toMatchObject({ code: 'OIDC_NO_ACCOUNT' });
    expect(matchAccount([user('u3', { erased: true })])).toMatchObject({ code: 'OIDC_NO_ACCOUNT' });
    expect(matchAccount([user('u1'), user('u2', { departmentId: 'd2' })])).toMatchObject({
      code: 'OIDC_AMBIGUOUS_ACCOUNT',
    });
    const off = user('u2', { status: 'disabled' });
    expect(matchAccount([off])).toEqual({ kind: 'refused', code: 'USER_DISABLED', disabled: [off] });
  });
});
