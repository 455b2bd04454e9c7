import { deriveLinkToken, hashLinkToken } from '@dondoc/auth';
import { type NewPersonalLink, type PersonalLinkRepository } from '@dondoc/persistence';

export interface LinkIssuingDeps {
  links: PersonalLinkRepository;
  linkSecret: string;
  publicUrl: string;
}

export type LinkTarget = Omit<NewPersonalLink, 'tokenHash'>;

/**
 * The personal link inside one email, keyed by that email's outbox key: a retry derives the same token and stores
 * its hash once. Returns the URL and the token, which the outbox blanks from its copy once the mail is sent.
 */
export async function issuePersonalLink(
  deps: LinkIssuingDeps,
  emailKey: string,
  target: LinkTarget,
): Promise<{ url: string; token: string }> {
  const token = deriveLinkToken(deps.linkSecret, emailKey);
  await deps.links.issue({ ...target, tokenHash: hashLinkToken(token) });
  const prefix = target.purpose === 'assignment' ? 'r' : 'i';
  return { url: `${deps.publicUrl}/${prefix}/${token}`, token };
}

/** Pages a signed-in coordinator opens from an email (no personal link: they log in). */
export const pageUrls = (publicUrl: string) => ({
  home: () => `${publicUrl}/`,
  report: (assignmentId: string) => `${publicUrl}/bao-cao/${assignmentId}`,
  plan: (planId: string) => `${publicUrl}/ke-hoach/${planId}`,
  inspection: (inspectionId: string) => `${publicUrl}/kiem-tra/${inspectionId}`,
});
