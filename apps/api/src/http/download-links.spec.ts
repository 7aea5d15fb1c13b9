import { type AppConfig, type AuthUser, Clock, Locale, Role } from '@sanggar/core';
import type { IdentityService } from '@sanggar/identity';
import { DOWNLOAD_LINK_SECONDS, DownloadLinks } from './download-links.js';

class StoppedClock extends Clock {
  constructor(public at: Date) {
    super();
  }

  override now(): Date {
    return this.at;
  }
}

describe('download links', () => {
  const dewi: AuthUser = {
    id: 'b0d5f7a4-1c1e-4f7e-9a55-0f1f5b0d3a11',
    role: Role.COORDINATOR,
    locale: Locale.id,
    hubIds: [],
  };
  const clock = new StoppedClock(new Date('2030-01-01T00:00:00Z'));
  const identity = { loadAuthUser: (id: string) => (id === dewi.id ? Promise.resolve(dewi) : Promise.reject(new Error('gone'))) };
  const links = new DownloadLinks({ JWT_SECRET: 'x'.repeat(40) } as AppConfig, clock, identity as unknown as IdentityService);
  const path = '/cohorts/42/progress.xlsx';
  const tokenOf = (link: string) => new URL(link, 'http://sanggar.test').searchParams.get('token')!;

  it('opens the file it was made for, as the person who asked, until it expires', async () => {
    const token = tokenOf(links.link(dewi, path));
    await expect(links.holder(token, path)).resolves.toBe(dewi);
    clock.at = new Date(clock.at.getTime() + (DOWNLOAD_LINK_SECONDS - 1) * 1000);
    await expect(links.holder(token, path)).resolves.toBe(dewi);
    clock.at = new Date(clock.at.getTime() + 2000);
    await expect(links.holder(token, path)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses another file, a changed expiry or signature, and a person no longer there', async () => {
    const token = tokenOf(links.link(dewi, path));
    const [userId, expires, signature] = token.split('.');
    for (const [tried, at] of [
      [token, '/cohorts/43/progress.xlsx'],
      [`${userId}.${Number(expires) + 3600}.${signature}`, path],
      [`${userId}.${expires}.${signature.slice(1)}A`, path],
      [`not-a-token`, path],
    ])
      await expect(links.holder(tried, at)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const gone = { ...dewi, id: 'c1e6a8b5-2d2f-4a8f-8b66-1a2a6c1e4b22' };
    await expect(links.holder(tokenOf(links.link(gone, path)), path)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
