import { recipientsFor, standingOfficeEmails } from './recipients';

const contacts = {
  agency: { focalEmails: ['vanthu@stc.invalid', 'ketoan@stc.invalid'], headEmail: 'giamdoc@stc.invalid' },
  leadership: { emails: ['pct@ubnd.invalid'] },
  standingOffice: { emails: ['vp@stp.invalid'] },
};

describe('recipientsFor', () => {
  it('reaches each audience at its own addresses', () => {
    expect(recipientsFor('focalPoint', contacts)).toEqual(['vanthu@stc.invalid', 'ketoan@stc.invalid']);
    expect(recipientsFor('head', contacts)).toEqual(['giamdoc@stc.invalid']);
    expect(recipientsFor('leadership', contacts)).toEqual(['pct@ubnd.invalid']);
    expect(recipientsFor('standingOffice', contacts)).toEqual(['vp@stp.invalid']);
  });

  it('reaches an agency with no head address through its focal points, and nobody when leadership has none', () => {
    const headless = { ...contacts, agency: { ...contacts.agency, headEmail: null }, leadership: { emails: [] } };
    expect(recipientsFor('head', headless)).toEqual(['vanthu@stc.invalid', 'ketoan@stc.invalid']);
    expect(recipientsFor('leadership', headless)).toEqual([]);
  });
});

describe('standingOfficeEmails', () => {
  const office = { focalEmails: ['vp@stp.invalid'], headEmail: 'giamdoc@stp.invalid' };

  it('prefers the office’s focal points, then its head, then the plan’s own address', () => {
    expect(standingOfficeEmails(office, 'cu@stp.invalid')).toEqual(['vp@stp.invalid']);
    expect(standingOfficeEmails({ ...office, focalEmails: [] }, 'cu@stp.invalid')).toEqual(['giamdoc@stp.invalid']);
    expect(standingOfficeEmails({ focalEmails: [], headEmail: null }, 'cu@stp.invalid')).toEqual(['cu@stp.invalid']);
    expect(standingOfficeEmails(null, null)).toEqual([]);
  });
});
