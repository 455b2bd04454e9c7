import { type IsoDate } from '@dondoc/domain';
import {
  deriveLinkToken,
  hashLinkToken,
  isLinkTokenShaped,
  judgeLink,
  linkExpiry,
  linkTokenMatches,
  randomLinkToken,
} from './personal-link-tokens';

const secret = 'a-test-secret-that-is-long-enough-to-sign';

describe('personal link tokens', () => {
  it('derives the same 256-bit token for the same email key, and another for any other key or secret', () => {
    const token = deriveLinkToken(secret, 'assignment:1:v1:before-7d:to:van.thu@stp.laichau.gov.vn');
    expect(isLinkTokenShaped(token)).toBe(true);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(deriveLinkToken(secret, 'assignment:1:v1:before-7d:to:van.thu@stp.laichau.gov.vn')).toBe(token);
    expect(deriveLinkToken(secret, 'assignment:1:v1:before-3d:to:van.thu@stp.laichau.gov.vn')).not.toBe(token);
    expect(deriveLinkToken(`${secret}!`, 'assignment:1:v1:before-7d:to:van.thu@stp.laichau.gov.vn')).not.toBe(token);
  });

  it('makes random tokens of the same shape, never twice the same', () => {
    const tokens = new Set(Array.from({ length: 100 }, randomLinkToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(isLinkTokenShaped(token)).toBe(true);
  });

  it('refuses tokens of another shape: too short, padded, or with characters outside base64url', () => {
    const token = randomLinkToken();
    expect(isLinkTokenShaped(token.slice(1))).toBe(false);
    expect(isLinkTokenShaped(`${token}=`)).toBe(false);
    expect(isLinkTokenShaped(`${token.slice(1)}/`)).toBe(false);
  });

  it('matches a token only against the hash of that same token', () => {
    const token = randomLinkToken();
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(linkTokenMatches(hashLinkToken(token), token)).toBe(true);
    expect(linkTokenMatches(hashLinkToken(token), tampered)).toBe(false);
    expect(hashLinkToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('personal link expiry and revocation', () => {
  const due = '2027-03-31' as IsoDate;

  it('lasts until midnight in Hà Nội at the end of the grace after the deadline', () => {
    expect(linkExpiry(due, 30).toISOString()).toBe('2027-04-30T17:00:00.000Z');
  });

  it('never lasts more than 90 days past the deadline, whatever the policy asks', () => {
    expect(linkExpiry(due, 365).toISOString()).toBe(linkExpiry(due, 90).toISOString());
  });

  const link = { expiresAt: linkExpiry(due, 30), revokedAt: null, agencyId: 'so-tu-phap' };

  it('is valid up to its expiry and expired from that instant', () => {
    expect(judgeLink(link, new Date('2027-04-30T16:59:59Z'))).toBe('valid');
    expect(judgeLink(link, new Date('2027-04-30T17:00:00Z'))).toBe('expired');
  });

  it('is revoked once marked, even after it would have expired', () => {
    expect(judgeLink({ ...link, revokedAt: new Date('2027-04-01') }, new Date('2027-04-02'))).toBe('revoked');
    expect(judgeLink({ ...link, revokedAt: new Date('2027-04-01') }, new Date('2028-01-01'))).toBe('revoked');
  });

  it('is revoked when the assignment now belongs to another agency, bound to the agency it was sent to', () => {
    expect(judgeLink({ ...link, currentAgencyId: 'so-tu-phap' }, new Date('2027-04-01'))).toBe('valid');
    expect(judgeLink({ ...link, currentAgencyId: 'so-noi-vu' }, new Date('2027-04-01'))).toBe('revoked');
  });
});
