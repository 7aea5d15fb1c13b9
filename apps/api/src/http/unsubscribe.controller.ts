import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { type Locale, Public, escapeHtml } from '@sanggar/core';
import { NotificationsService, UnsubscribeLinks, categoryLabels } from '@sanggar/notifications';
import { PageLocale, sendDeadLinkPage, sendPublicPage } from './public-page.js';

const WORDS = {
  id: {
    title: 'Berhenti berlangganan email',
    ask: (what: string) => `Berhenti menerima email tentang ${what}? Anda tetap bisa melihatnya di Sanggar.`,
    confirm: 'Ya, berhenti',
    done: (what: string) => `Selesai. Anda tidak akan menerima email tentang ${what} lagi.`,
    settings: 'Ubah lagi di pengaturan akun Anda',
    invalid: 'Tautan ini tidak dikenal. Atur email Anda di pengaturan akun.',
  },
  en: {
    title: 'Unsubscribe from emails',
    ask: (what: string) => `Stop emails about ${what}? You will still see them in Sanggar.`,
    confirm: 'Yes, stop them',
    done: (what: string) => `Done. You will no longer get emails about ${what}.`,
    settings: 'Change it again in your account settings',
    invalid: 'This link is not known. Choose your emails in your account settings.',
  },
};

/**
 * The unsubscribe link of every non-essential email, without logging in. Opening it only asks (mail
 * scanners open links); the button, or a mail app's one-click POST (RFC 8058), turns the category off.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly links: UnsubscribeLinks,
  ) {}

  @Public()
  @Get(':token')
  async ask(@Param('token') token: string, @PageLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    const words = WORDS[locale];
    const link = this.links.read(token);
    if (!link) return this.invalid(reply, locale);
    const body = `<form method="post"><p>${escapeHtml(words.ask(categoryLabels[link.category][locale]))}</p>
<button type="submit">${escapeHtml(words.confirm)}</button></form>`;
    await sendPublicPage(reply, { status: 200, locale, title: words.title, body });
  }

  @Public()
  @Post(':token')
  async unsubscribe(@Param('token') token: string, @PageLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    const words = WORDS[locale];
    const category = await this.notifications.unsubscribe(token).catch(() => null);
    if (!category) return this.invalid(reply, locale);
    const body = `<p>${escapeHtml(words.done(categoryLabels[category][locale]))}</p><p><a href="/account">${escapeHtml(words.settings)}</a></p>`;
    await sendPublicPage(reply, { status: 200, locale, title: words.title, body });
  }

  private invalid(reply: FastifyReply, locale: Locale): Promise<void> {
    const words = WORDS[locale];
    return sendDeadLinkPage(reply, { locale, title: words.title, message: words.invalid, accountLabel: words.settings });
  }
}
