import { PASSWORD_HASH_COST, hashPassword, passwordProblem, verifyPassword } from './password-hash';

describe('password hashing (argon2id)', () => {
  it('stores argon2id at the recorded cost, and verifies only the same password', async () => {
    const stored = await hashPassword('Correct-horse-7');
    expect(stored).toMatch(
      new RegExp(
        `^\\$argon2id\\$v=19\\$m=${PASSWORD_HASH_COST.memoryCost},t=${PASSWORD_HASH_COST.timeCost},p=${PASSWORD_HASH_COST.parallelism}\\$`,
      ),
    );
    expect(await verifyPassword(stored, 'Correct-horse-7')).toBe(true);
    expect(await verifyPassword(stored, 'correct-horse-7')).toBe(false);
  });

  it('answers an unknown user and a malformed stored hash as a mismatch, never an error', async () => {
    expect(await verifyPassword(undefined, 'Correct-horse-7')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'Correct-horse-7')).toBe(false);
  });

  it('refuses a password beyond the longest without hashing it', async () => {
    const stored = await hashPassword('Correct-horse-7');
    expect(await verifyPassword(stored, 'A1-'.repeat(100))).toBe(false);
  });

  it.each([
    ['Short-1', 'must be 12 to 128 characters'],
    ['x'.repeat(129), 'must be 12 to 128 characters'],
    ['alllowercaseletters', 'must mix at least three'],
    ['lowerandDIGITS', 'must mix at least three'],
  ])('refuses %s as a new password', (password, reason) => {
    expect(passwordProblem(password)).toContain(reason);
  });

  it.each(['Correct-horse-7', 'lower UPPER 1234', '规范密码Abc-123456'])('takes %s', (password) => {
    expect(passwordProblem(password)).toBeUndefined();
  });
});
