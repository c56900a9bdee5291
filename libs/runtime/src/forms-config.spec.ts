import { loadConfig } from './app-config';
import { parseFontSetting } from './forms-config';

describe('the forms settings', () => {
  it('reads FORM_FONT as a path with an optional PostScript name of a collection member', () => {
    expect(parseFontSetting('/f/a.ttc#NotoSerifCJKsc-Regular')).toEqual({
      path: '/f/a.ttc',
      postscriptName: 'NotoSerifCJKsc-Regular',
    });
    expect(parseFontSetting('/f/simsun.ttf')).toEqual({ path: '/f/simsun.ttf' });
    expect(loadConfig({ FORM_FONT: '/f/x.otf' }).forms.font).toEqual({ path: '/f/x.otf' });
  });

  it('takes PUBLIC_BASE_URL without its trailing slash, and refuses one that is not http(s)', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://ssj.example.gov.cn/' }).forms.publicBaseUrl).toBe(
      'https://ssj.example.gov.cn',
    );
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'ftp://x' })).toThrow(/PUBLIC_BASE_URL="ftp:\/\/x"/);
    expect(loadConfig({}).forms.publicBaseUrl).toBeUndefined();
  });
});
