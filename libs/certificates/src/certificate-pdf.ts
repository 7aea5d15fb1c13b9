import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

const require = createRequire(import.meta.url);
// Parsed font files are kept for the life of the process: re-reading a TTF per document costs ~35 ms.
const FONTS = {
  regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
};

export interface CertificateContent {
  holderName: string;
  curriculumTitle: string;
  cohortName: string;
  hubName: string;
  hubCity: string;
  issuedAt: Date;
  timezone: string;
  finalScore: number;
  verificationCode: string;
  verifyUrl: string;
}

/** "17 Agustus 2026" and "17 August 2026": the date as people in the hub read it. */
export const longDate = (instant: Date, timezone: string, locale: 'id' | 'en') =>
  DateTime.fromJSDate(instant, { zone: timezone }).setLocale(locale).toFormat('d LLLL yyyy');

/** Raise it when the drawing below changes: PDFs kept from an earlier drawing are drawn again. */
export const CERTIFICATE_PDF_LAYOUT = 1;

/** One landscape A4 page: holder, programme, cohort, hub, date in both languages, score, code and a QR to the verify page. */
export async function renderCertificatePdf(content: CertificateContent): Promise<Buffer> {
  const qr = await QRCode.toBuffer(content.verifyUrl, { errorCorrectionLevel: 'M', margin: 1, width: 300 });
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 50,
    info: { Title: `Sertifikat — ${content.holderName}`, Author: content.hubName },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const { width, height } = doc.page;
  doc
    .lineWidth(3)
    .strokeColor('#8a5a00')
    .rect(25, 25, width - 50, height - 50)
    .stroke();
  const center = { align: 'center' as const, width: width - 100 };
  doc.font('bold').fontSize(30).fillColor('#3b2a00').text('SERTIFIKAT', 50, 70, center);
  doc.font('regular').fontSize(13).fillColor('#555555').text('Certificate of completion', center);
  doc.moveDown(1.5).fontSize(13).fillColor('#333333').text('Diberikan kepada / Awarded to', center);
  doc.moveDown(0.4).font('bold').fontSize(28).fillColor('#000000').text(content.holderName, center);
  doc
    .moveDown(0.6)
    .font('regular')
    .fontSize(13)
    .fillColor('#333333')
    .text('telah menyelesaikan program / has completed the programme', center);
  doc.moveDown(0.4).font('bold').fontSize(20).text(content.curriculumTitle, center);
  doc.moveDown(0.3).font('regular').fontSize(13).text(`${content.cohortName} — ${content.hubName}, ${content.hubCity}`, center);
  doc.moveDown(0.3).text(`Nilai akhir / Final score: ${content.finalScore}`, center);
  doc
    .moveDown(0.3)
    .text(`${longDate(content.issuedAt, content.timezone, 'id')} / ${longDate(content.issuedAt, content.timezone, 'en')}`, center);

  doc.image(qr, width - 190, height - 200, { width: 120 });
  doc.font('regular').fontSize(10).fillColor('#333333');
  doc.text(`Kode verifikasi / Verification code: ${content.verificationCode}`, 60, height - 110, { width: width - 280 });
  doc.text(content.verifyUrl, { width: width - 280 });
  doc.text(`Diterbitkan oleh / Issued by: ${content.hubName}`, { width: width - 280 });
  doc.end();
  return done;
}
