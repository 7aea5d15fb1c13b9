import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Locale, escapeHtml, localeFromAcceptLanguage } from '@sanggar/core';

export interface PublicPage {
  status: number;
  locale: Locale;
  title: string;
  /** HTML, its values already escaped. */
  body: string;
  /** Extra rules for this page's own elements. */
  css?: string;
}

/**
 * A page served without the web app (verify, issuer, achievement, unsubscribe): one language with a
 * link to the other, readable on a phone, nothing loaded from elsewhere, no script.
 */
export async function sendPublicPage(reply: FastifyReply, page: PublicPage): Promise<void> {
  const other = page.locale === Locale.id ? 'en' : 'id';
  const html = `<!doctype html>
<html lang="${page.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} — Sanggar</title>
<style>body{font-family:system-ui,sans-serif;margin:0;background:#f6f3ee;color:#222}main{max-width:560px;margin:0 auto;padding:24px}
.state{color:#fff;border-radius:12px;padding:20px;text-align:center}.state strong{display:block;font-size:2rem;letter-spacing:.05em}
dl,form{background:#fff;border-radius:12px;padding:16px 20px}dt{color:#666;font-size:.85rem;margin-top:12px}dd{margin:2px 0 0;font-size:1.1rem}a{color:#6b4500}
label{display:block;font-weight:700;margin-bottom:6px}input{font:inherit;font-size:1.2rem;padding:10px;width:100%;box-sizing:border-box;text-transform:uppercase;border:1px solid #888;border-radius:8px}
button{font:inherit;font-weight:700;margin-top:12px;padding:10px 20px;border:0;border-radius:8px;background:#6b4500;color:#fff}${page.css ?? ''}</style></head>
<body><main><h1>${escapeHtml(page.title)}</h1>
${page.body}
<p><a href="?lang=${other}">${other === 'en' ? 'English' : 'Bahasa Indonesia'}</a></p></main></body></html>`;
  await reply
    .status(page.status)
    .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
    .header('Cache-Control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(html);
}

/** A link from an email that no longer works: why, and the way to the account page. */
export function sendDeadLinkPage(reply: FastifyReply, page: { locale: Locale; title: string; message: string; accountLabel: string }) {
  return sendPublicPage(reply, {
    status: 404,
    locale: page.locale,
    title: page.title,
    body: `<p>${escapeHtml(page.message)}</p><p><a href="/account">${escapeHtml(page.accountLabel)}</a></p>`,
  });
}

/** The page's language: `?lang=` from the email's link, else the browser's. */
export const PageLocale = createParamDecorator((_: unknown, context: ExecutionContext): Locale => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  const { lang } = request.query as { lang?: string };
  return lang === Locale.en || lang === Locale.id ? lang : localeFromAcceptLanguage(request.headers['accept-language']);
});
