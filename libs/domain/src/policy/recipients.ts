import { type Audience } from '../reminders';

/** Who a plan's mails can reach, as the directory and the plan's policy hold them. */
export interface Contacts {
  agency: { focalEmails: readonly string[]; headEmail: string | null };
  leadership: { emails: readonly string[] };
  standingOffice: { emails: readonly string[] };
}

/**
 * The standing office's addresses: its focal points in the directory, else its head, else the one address the plan
 * was imported with. The one rule for mails, digests and the intake acknowledgement.
 */
export function standingOfficeEmails(
  office: { focalEmails: readonly string[]; headEmail: string | null } | null,
  planEmail: string | null,
): string[] {
  if (office && office.focalEmails.length > 0) return [...office.focalEmails];
  if (office?.headEmail) return [office.headEmail];
  return planEmail ? [planEmail] : [];
}

/** The addresses of an audience; an agency without a head address is reached through its focal points. */
export function recipientsFor(audience: Audience, contacts: Contacts): string[] {
  switch (audience) {
    case 'focalPoint':
      return [...contacts.agency.focalEmails];
    case 'head':
      return contacts.agency.headEmail ? [contacts.agency.headEmail] : [...contacts.agency.focalEmails];
    case 'leadership':
      return [...contacts.leadership.emails];
    case 'standingOffice':
      return [...contacts.standingOffice.emails];
  }
}
