import { ACCOUNT_LINK_KINDS, NOTIFICATION_KINDS } from '../../src/modules/notifications/notification.model';
import { formatSpan, formatStartsIn, renderNotification, templateLanguage } from '../../src/modules/notifications/templates/catalog';
import type { Facts } from '../../src/modules/notifications/templates/message';

const facts = (overrides: Partial<Facts> = {}): Facts => ({
  recipientName: 'Ana <script>',
  workshopTitle: 'Online safety & survivors',
  when: 'x',
  whenAtVenue: null,
  place: null,
  joiningLink: null,
  workshopUrl: 'https://exchange.example.org/#/workshops/1',
  waitlistPosition: null,
  offerExpires: null,
  reason: null,
  startsIn: 'tomorrow',
  registrationCloses: null,
  organizationName: null,
  materials: [],
  digest: null,
  invitation: { url: 'https://exchange.example.org/invitations/accept?token=x', expires: 'soon' },
  ...overrides,
});

describe('notification templates', () => {
  it('has every kind in English, French and Spanish, each with a subject and text', () => {
    for (const language of ['en', 'fr', 'es']) {
      for (const kind of NOTIFICATION_KINDS) {
        const mail = renderNotification(kind, facts(), language, { manageUrl: 'https://x/manage', unsubscribeUrl: null });
        expect(mail.subject.length).toBeGreaterThan(5);
        if (kind !== 'SECRETARIAT_DIGEST' && !ACCOUNT_LINK_KINDS.includes(kind)) expect(mail.text).toContain('Online safety & survivors');
        // An account's link is the message itself.
        if (ACCOUNT_LINK_KINDS.includes(kind)) expect(mail.text).toContain('https://exchange.example.org/invitations/accept?token=x');
        expect(mail.html).toContain(`lang="${language}"`);
      }
    }
  });

  it('escapes what it interpolates in HTML, and keeps plain text plain', () => {
    const mail = renderNotification('REGISTRATION_CONFIRMED', facts(), 'en', { manageUrl: 'https://x/manage', unsubscribeUrl: null });
    expect(mail.html).toContain('Ana &lt;script&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toContain('Hello Ana <script>,');
  });

  it('falls back to English for languages without templates, and reads regional variants', () => {
    expect(templateLanguage('fr-CA')).toBe('fr');
    expect(templateLanguage('th')).toBe('en');
    expect(templateLanguage(null)).toBe('en');
  });

  it('writes times in the reader zone and language, naming the zone, right across a DST change', () => {
    // 2026-03-29: Europe/Paris moves to CEST at 01:00 UTC; New York moved on 8 March.
    const start = new Date('2026-03-29T08:00:00Z');
    const end = new Date('2026-03-29T15:30:00Z');
    expect(formatSpan(start, end, 'Europe/Paris', 'fr')).toBe('dimanche 29 mars 2026 à 10:00 UTC+2 – 17:30 UTC+2 (Europe/Paris)');
    expect(formatSpan(start, end, 'America/New_York', 'en')).toBe('Sunday, March 29, 2026 at 04:00 AM EDT – 11:30 AM EDT (America/New_York)');
    expect(formatSpan(start, end, 'America/Bogota', 'es')).toBe('domingo, 29 de marzo de 2026, 03:00 GMT-5 – 10:30 GMT-5 (America/Bogota)');
    // A day earlier Paris was still on CET.
    expect(formatSpan(new Date('2026-03-28T08:00:00Z'), new Date('2026-03-28T09:00:00Z'), 'Europe/Paris', 'fr')).toContain('09:00 UTC+1');
  });

  it('says how soon a workshop starts from the time actually left', () => {
    const start = new Date('2026-03-20T09:00:00Z');
    expect(formatStartsIn(start, new Date('2026-03-13T09:00:00Z'), 'en')).toBe('in 7 days');
    expect(formatStartsIn(start, new Date('2026-03-19T09:00:00Z'), 'fr')).toBe('demain');
    expect(formatStartsIn(start, new Date('2026-03-20T06:00:00Z'), 'es')).toBe('dentro de 3 horas');
  });
});
