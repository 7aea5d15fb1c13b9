// Writes every email Sanggar sends, with sample data, in both languages, to var/mail-preview/ (HTML and
// text) so templates can be looked at in a browser: `npm run mail:preview`.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Locale } from '@sanggar/core';
import { sampleEmails } from '../libs/notifications/src/mail-samples.js';

const dir = 'var/mail-preview';
await mkdir(dir, { recursive: true });
const index: string[] = [];
for (const locale of Object.values(Locale)) {
  for (const [name, email] of Object.entries(sampleEmails('http://localhost:3000', locale))) {
    const file = `${name}.${locale}`;
    await writeFile(join(dir, `${file}.html`), email.html);
    await writeFile(join(dir, `${file}.txt`), `Subject: ${email.subject}\n\n${email.text}\n`);
    if (email.icalEvent) await writeFile(join(dir, `${file}.ics`), email.icalEvent.content);
    index.push(`<li><a href="${file}.html">${file}</a> — ${email.subject.replace(/</g, '&lt;')}</li>`);
  }
}
await writeFile(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><title>Sanggar emails</title><ul>${index.join('\n')}</ul>`);
console.log(`${index.length} emails written to ${dir}/ (open index.html)`);
