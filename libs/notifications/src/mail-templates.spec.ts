import { readFileSync } from 'node:fs';
import { Locale } from '@sanggar/core';
import { sampleEmails } from './mail-samples.js';
import { NotificationKind } from './notification-kinds.js';

const PUBLIC_URL = 'https://sanggar.example';

/** The web app's routes (from its generated route tree) and the api's own pages that emails link to. */
function knownRoutes(): RegExp[] {
  const tree = readFileSync(new URL('../../../apps/web/src/routeTree.gen.ts', import.meta.url), 'utf8');
  const block = /interface FileRoutesByFullPath \{([^}]*)\}/.exec(tree)![1];
  const webPaths = [...block.matchAll(/'([^']+)':/g)].map((match) => match[1].replace(/\/$/, '') || '/');
  const apiPaths = ['/verify/$code', '/certificates/$file', '/unsubscribe/$token', '/exports/$token'];
  return [...webPaths, ...apiPaths].map((path) => new RegExp(`^${path.replace(/\$\w+/g, '[^/]+')}$`));
}

describe('email templates', () => {
  const routes = knownRoutes();

  it.each(Object.values(Locale))('renders every email in %s, each link leading to a page that exists', (locale) => {
    const emails = sampleEmails(PUBLIC_URL, locale);
    // Every notification kind, plus the account, office-hour and data-export emails.
    expect(Object.keys(emails).length).toBe(Object.values(NotificationKind).length + 7);
    for (const [name, email] of Object.entries(emails)) {
      expect([name, email.subject.length > 0]).toEqual([name, true]);
      for (const part of [email.subject, email.text, email.html])
        expect([name, /undefined|\[object|NaN/.test(part)]).toEqual([name, false]);
      const links = [...email.html.matchAll(/href="([^"]+)"/g)].map((match) => new URL(match[1].replaceAll('&amp;', '&')));
      expect([name, links.length > 0]).toEqual([name, true]);
      for (const link of links) {
        expect([name, link.origin]).toEqual([name, PUBLIC_URL]);
        expect([name, link.pathname, routes.some((route) => route.test(link.pathname))]).toEqual([name, link.pathname, true]);
      }
      // Each link of the HTML is in the text part too, for mail apps that show only text.
      for (const link of links)
        expect([name, email.text.includes(link.href) || email.text.includes(decodeURI(link.href))]).toEqual([name, true]);
    }
  });

  it('writes Indonesian and English differently, and escapes what people typed', () => {
    const id = sampleEmails(PUBLIC_URL, Locale.id);
    const en = sampleEmails(PUBLIC_URL, Locale.en);
    for (const name of Object.keys(id)) expect([name, id[name].subject === en[name].subject]).toEqual([name, false]);
    expect(id['session-reminder'].html).toContain('Angkatan 12 — Desain Produk Digital');
    expect(id['graded'].html).not.toMatch(/<script/);
  });

  it('attaches a calendar message to session changes: REQUEST, CANCEL, PUBLISH for a series', () => {
    const emails = sampleEmails(PUBLIC_URL, Locale.id);
    expect(emails['session-scheduled'].icalEvent?.method).toBe('REQUEST');
    expect(emails['session-rescheduled'].icalEvent?.content).toMatch(/SEQUENCE:1/);
    expect(emails['session-cancelled'].icalEvent?.method).toBe('CANCEL');
    expect(emails['sessions-scheduled'].icalEvent?.content.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(emails['session-reminder'].icalEvent).toBeUndefined();
    expect(emails['session-scheduled'].headers?.['List-Unsubscribe']).toMatch(/^<https:\/\/sanggar\.example\/unsubscribe\//);
    expect(emails['welcome'].headers).toBeUndefined();
  });
});
