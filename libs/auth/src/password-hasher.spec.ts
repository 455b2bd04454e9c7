import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id and verifies only the same password', async () => {
    const hash = await hasher.hash('mật khẩu');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await hasher.verify(hash, 'mật khẩu')).toBe(true);
    expect(await hasher.verify(hash, 'mat khau')).toBe(false);
  });

  it('answers false, not an error, for a malformed stored hash', async () => {
    expect(await hasher.verify('not-a-hash', 'mật khẩu')).toBe(false);
  });
});
