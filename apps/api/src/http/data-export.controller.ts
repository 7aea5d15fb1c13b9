import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { type Locale, Public, escapeHtml } from '@sanggar/core';
import { DataExports } from '@sanggar/privacy';
import { PageLocale, sendDeadLinkPage, sendPublicPage } from './public-page.js';

const WORDS = {
  id: {
    title: 'Salinan data Anda',
    ask: 'Salinan semua data Anda di Sanggar siap diunduh: satu berkas ZIP. Tautan ini hanya bisa dipakai sekali; setelah diunduh, salinannya dihapus dari server.',
    download: 'Unduh salinan (ZIP)',
    invalid: 'Tautan ini tidak berlaku lagi: sudah dipakai, kedaluwarsa, atau tidak lengkap. Minta salinan baru di halaman akun Anda.',
    account: 'Ke halaman akun',
  },
  en: {
    title: 'Your copy of your data',
    ask: 'A copy of everything Sanggar holds about you is ready: one ZIP file. This link works once; once downloaded, the copy is deleted from the server.',
    download: 'Download the copy (ZIP)',
    invalid: 'This link no longer works: it was used, has expired or is incomplete. Ask for a new copy on your account page.',
    account: 'Go to my account',
  },
};

/**
 * The emailed link to a person's archive. Opening it only asks (mail scanners open links, and the link
 * works once); the button downloads it.
 */
@Controller('exports')
export class DataExportController {
  constructor(private readonly exports: DataExports) {}

  @Public()
  @Get(':token')
  async ask(@Param('token') token: string, @PageLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    if (!(await this.exports.usable(token))) return this.invalid(reply, locale);
    const words = WORDS[locale];
    const body = `<form method="post"><p>${escapeHtml(words.ask)}</p><button type="submit">${escapeHtml(words.download)}</button></form>`;
    await sendPublicPage(reply, { status: 200, locale, title: words.title, body });
  }

  @Public()
  @Post(':token')
  async download(@Param('token') token: string, @PageLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    const found = await this.exports.download(token).catch(() => null);
    if (!found) return this.invalid(reply, locale);
    await reply
      .code(200)
      .type('application/zip')
      .header('Content-Disposition', `attachment; filename="sanggar-data-${found.requestedAt.toISOString().slice(0, 10)}.zip"`)
      .header('Cache-Control', 'no-store')
      .send(found.archive);
  }

  private invalid(reply: FastifyReply, locale: Locale): Promise<void> {
    const words = WORDS[locale];
    return sendDeadLinkPage(reply, { locale, title: words.title, message: words.invalid, accountLabel: words.account });
  }
}
