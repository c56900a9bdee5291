import { readSignInSettings } from './sign-in-config';

const platform = {
  OIDC_ISSUER: 'https://idp.example.gov.cn',
  OIDC_CLIENT_ID: 'shuangsuiji',
  OIDC_CLIENT_SECRET: 'secret-of-the-platform',
  OIDC_REDIRECT_URL: 'https://console.example.gov.cn/api/auth/oidc/callback',
};

describe('the unified identity platform settings', () => {
  it('names the platform with the account claim and scope defaults', () => {
    expect(readSignInSettings(platform)).toEqual({
      settings: {
        accessTokenMinutes: 10,
        sessionHours: 12,
        trustProxy: false,
        oidc: {
          issuer: platform.OIDC_ISSUER,
          clientId: 'shuangsuiji',
          clientSecret: 'secret-of-the-platform',
          redirectUrl: platform.OIDC_REDIRECT_URL,
          accountClaim: 'employee_number',
          scope: 'openid profile',
        },
      },
    });
  });

  it('takes a department claim and the scopes under which the platform releases the claims', () => {
    const read = readSignInSettings({
      ...platform,
      OIDC_DEPARTMENT_CLAIM: 'org_code',
      OIDC_SCOPE: 'openid gov_staff',
    });
    expect(read).toMatchObject({
      settings: { oidc: { departmentClaim: 'org_code', scope: 'openid gov_staff' } },
    });
  });

  it("refuses scopes without openid first, or with characters OAuth's scopes may not hold", () => {
    for (const scope of ['profile', 'openid  profile', 'openid "x"', `openid ${'s '.repeat(16)}s`]) {
      const read = readSignInSettings({ ...platform, OIDC_SCOPE: scope });
      expect(read).toEqual({ problems: [expect.stringContaining('OIDC_SCOPE')] });
    }
  });

  it('trusts the proxies named by TRUST_PROXY, and refuses anything else', () => {
    const trust = (TRUST_PROXY: string) => readSignInSettings({ TRUST_PROXY });
    expect(trust('true')).toMatchObject({ settings: { trustProxy: true } });
    expect(trust('2')).toMatchObject({ settings: { trustProxy: 2 } });
    expect(trust('10.0.0.1,10.0.1.0/24')).toMatchObject({ settings: { trustProxy: '10.0.0.1,10.0.1.0/24' } });
    expect(trust('everyone; rm')).toMatchObject({ problems: [expect.stringContaining('TRUST_PROXY')] });
  });
});
