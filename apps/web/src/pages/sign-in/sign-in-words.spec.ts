import { endedWords, oidcErrorWords, signInRefusalWords } from './sign-in-words';

const now = new Date('2026-03-02T01:00:00.000Z'); // 09:00 in Beijing

describe('the sign-in page’s words for a refusal', () => {
  it('says until when a locked sign-in waits, in Beijing time, and about how long', () => {
    const words = signInRefusalWords(
      'zh',
      { status: 429, code: 'SIGN_IN_LOCKED', message: '', details: { retryAfterSeconds: 900 } },
      now,
    );
    expect(words).toContain('09:15');
    expect(words).toContain('约 15 分钟后');
  });

  it('says how many seconds a delayed sign-in waits', () => {
    const refusal = { status: 429, code: 'SIGN_IN_TOO_SOON', message: '', details: { retryAfterSeconds: 4 } };
    expect(signInRefusalWords('zh', refusal, now)).toBe('登录失败次数较多，请 4 秒后再试。');
    expect(signInRefusalWords('en', refusal, now)).toContain('4 s');
  });

  it('says a wrong password and an unknown name alike, as the catalogue words them', () => {
    expect(signInRefusalWords('zh', { status: 401, code: 'SIGN_IN_FAILED', message: 'x' }, now)).toBe(
      '部门、工号或密码错误。',
    );
  });

  it('words the unified platform’s error codes, and shows nothing else an address carries', () => {
    expect(oidcErrorWords('zh', null)).toBeUndefined();
    expect(oidcErrorWords('zh', 'SIGN_IN_FAILED')).toContain('部门、工号或密码错误');
    expect(oidcErrorWords('zh', 'SOMETHING_NEW')).toContain('SOMETHING_NEW');
    expect(oidcErrorWords('zh', '请拨打 400-000')).not.toContain('400');
  });

  it('says why the session ended', () => {
    expect(endedWords('zh', 'SESSION_ENDED')).toBe('您已退出登录：本次登录已结束，请重新登录。');
  });
});
