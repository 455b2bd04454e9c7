import { JwtService } from '@nestjs/jwt';
import { loadAppConfig } from '@dondoc/config';
import { AccessTokens } from './access-tokens';

const config = loadAppConfig({
  NODE_ENV: 'test',
  DATABASE_URL: 'postgres://unit@localhost/unit',
  JWT_SECRET: 's'.repeat(40),
});
const claims = { sub: '0b0c6f3e-2f7d-4a55-9a0e-9b8f1c1d2e3f', role: 'agency_officer' as const, agencyId: 'a1' };

describe('AccessTokens', () => {
  const tokens = new AccessTokens(config);

  it('verifies what it issued', async () => {
    expect(await tokens.verify(await tokens.issue(claims))).toEqual({ ...claims, issuedAt: expect.any(Number) });
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await new JwtService({ secret: 'x'.repeat(40) }).signAsync(claims);
    expect(await tokens.verify(forged)).toBeNull();
  });

  it('refuses an HS384 token signed with the right secret: the algorithm is pinned', async () => {
    const other = await new JwtService({ secret: config.auth.jwtSecret }).signAsync(claims, { algorithm: 'HS384' });
    expect(await tokens.verify(other)).toBeNull();
  });

  it('refuses a token whose role is not one of ours', async () => {
    const odd = await new JwtService({ secret: config.auth.jwtSecret }).signAsync({ ...claims, role: 'root' });
    expect(await tokens.verify(odd)).toBeNull();
  });

  it('refuses garbage', async () => {
    expect(await tokens.verify('not.a.token')).toBeNull();
  });
});
