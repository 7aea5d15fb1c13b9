import { type Locale, escapeHtml } from '@sanggar/core';
import type { Email } from './mailer.js';

export interface EmailContent {
  to: string;
  locale: Locale;
  subject: string;
  paragraphs: string[];
  /** The one thing to do next, as a button (and a plain link in the text part). */
  action?: { label: string; url: string };
  /** For emails a person may turn off: where to do it in one click. */
  unsubscribeUrl?: string;
}

const FOOTER = {
  id: { sentBy: 'Email ini dikirim oleh Sanggar untuk hub Anda.', unsubscribe: 'Berhenti menerima email seperti ini' },
  en: { sentBy: 'This email was sent by Sanggar for your hub.', unsubscribe: 'Stop emails like this' },
};

/** Links in the text are made clickable; everything else is escaped. */
const linked = (text: string) =>
  escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}" style="color:#6b4500">${url}</a>`);

/**
 * Every Sanggar email: a plain-text part and the same words as simple HTML that reads well on a phone
 * (one column, inline styles, nothing loaded from elsewhere), with an unsubscribe link where one applies.
 */
export function layoutEmail(content: EmailContent): Email {
  const footer = FOOTER[content.locale];
  const text = [
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}: ${content.action.url}`] : []),
    `—\n${footer.sentBy}`,
    ...(content.unsubscribeUrl ? [`${footer.unsubscribe}: ${content.unsubscribeUrl}`] : []),
  ].join('\n\n');
  const button = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#6b4500;color:#ffffff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:bold;display:inline-block">${escapeHtml(content.action.label)}</a></p>`
    : '';
  const unsubscribe = content.unsubscribeUrl
    ? `<br><a href="${escapeHtml(content.unsubscribeUrl)}" style="color:#666666">${escapeHtml(footer.unsubscribe)}</a>`
    : '';
  const html = `<!doctype html>
<html lang="${content.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;background:#f6f3ee;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#222222">
<div style="max-width:560px;margin:0 auto;padding:24px">
<p style="font-weight:bold;color:#6b4500;margin:0 0 16px">Sanggar</p>
<div style="background:#ffffff;border-radius:12px;padding:20px 24px;line-height:1.5">
${content.paragraphs.map((paragraph) => `<p>${linked(paragraph)}</p>`).join('\n')}
${button}
</div>
<p style="font-size:13px;color:#666666;margin-top:16px">${escapeHtml(footer.sentBy)}${unsubscribe}</p>
</div></body></html>`;
  return { to: content.to, subject: content.subject, text, html };
}
