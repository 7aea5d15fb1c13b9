import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '@sanggar/core';
import { isUndeliverable } from '@sanggar/identity';

export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** List-Unsubscribe and the like. */
  headers?: Record<string, string>;
  /** An iCalendar invitation or cancellation, sent as calendar apps expect (text/calendar with its METHOD). */
  icalEvent?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; filename: string; content: string };
}

/** A failed send as a short label for admins (≤ 100 characters): the SMTP reply code or the error's class, never its message. */
export const failureLabel = (error: Error & { responseCode?: number; code?: string }): string =>
  ([error.code, error.responseCode].filter(Boolean).join(' ') || error.constructor.name).slice(0, 100);

/** Sends over SMTP when SMTP_URL is set; otherwise writes .eml files under MAIL_DIR for developers to open. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = config.SMTP_URL
      ? nodemailer.createTransport(config.SMTP_URL)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /**
   * Sends one email. Its Message-ID derives from `key`, so if a crash after the SMTP server took the
   * message makes us send it again, mail systems see the same message twice and show it once.
   */
  async send(email: Email, key: string): Promise<void> {
    // An erased person's address: the email is dropped, and counts as done.
    if (isUndeliverable(email.to)) return;
    const messageId = `<${key}@${new URL(this.config.PUBLIC_URL).hostname}>`;
    const info = await this.transport.sendMail({ from: this.config.MAIL_FROM, messageId, ...email });
    if (!this.config.SMTP_URL) {
      await mkdir(this.config.MAIL_DIR, { recursive: true });
      // Emails hold personal data and single-use links: readable by this account only.
      await writeFile(join(this.config.MAIL_DIR, `${key}.eml`), (info as { message: Buffer }).message, { mode: 0o600 });
    }
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
