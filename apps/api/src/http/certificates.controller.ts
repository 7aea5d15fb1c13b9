import { Controller, Get, Headers, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { zipSync } from 'fflate';
import { AuditAction, AuditService } from '@sanggar/audit';
import {
  CertificateErrors,
  CertificatePdfs,
  CertificateStatus,
  CertificatesService,
  StatusLists,
  controllerDocument,
  longDate,
  VERIFICATION_CODE,
} from '@sanggar/certificates';
import { CohortsService } from '@sanggar/cohorts';
import { HubsService } from '@sanggar/hubs';
import { Locale, Public, UUID_PATTERN, clientSource, escapeHtml, localeFromAcceptLanguage, requireHubManager } from '@sanggar/core';
import { RateLimiter } from '@sanggar/queue';
import { pdfArchivePath } from '../certificates/certificates.resolver.js';
import { DownloadLinks } from './download-links.js';
import { sendPublicPage } from './public-page.js';

const CODE = VERIFICATION_CODE;

const hasCredential = (certificate: { credential: object }) => Object.keys(certificate.credential).length > 0;

const WORDS = {
  id: {
    title: 'Verifikasi sertifikat',
    VALID: 'SAH',
    REVOKED: 'DICABUT',
    SUPERSEDED: 'DIGANTIKAN',
    NOT_FOUND: 'TIDAK DITEMUKAN',
    INVALID: 'TIDAK SAH',
    explain: {
      VALID: 'Sertifikat ini asli dan berlaku.',
      REVOKED: 'Sertifikat ini telah dicabut oleh penerbitnya dan tidak berlaku lagi.',
      SUPERSEDED: 'Sertifikat ini telah diganti dengan sertifikat baru dan tidak berlaku lagi.',
      NOT_FOUND: 'Tidak ada sertifikat dengan kode ini. Periksa kembali kodenya.',
      INVALID: 'Tanda tangan digital sertifikat ini tidak cocok. Jangan terima sertifikat ini; hubungi penerbitnya.',
    },
    holder: 'Nama',
    programme: 'Program',
    cohort: 'Kelompok',
    issuer: 'Diterbitkan oleh',
    issued: 'Tanggal terbit',
    code: 'Kode',
    credential: 'Kredensial digital (Open Badges 3.0)',
    replacement: 'Lihat sertifikat penggantinya',
    ask: 'Ketik kode verifikasi yang tertulis di sertifikat.',
    codeLabel: 'Kode verifikasi',
    check: 'Periksa',
    description: 'Deskripsi',
    criteria: 'Syarat kelulusan',
    city: 'Kota',
    issuerNote: 'Penerbit sertifikat di Sanggar. Aplikasi verifikasi membaca kunci publiknya (JSON) dari alamat ini.',
  },
  en: {
    title: 'Certificate verification',
    VALID: 'VALID',
    REVOKED: 'REVOKED',
    SUPERSEDED: 'SUPERSEDED',
    NOT_FOUND: 'NOT FOUND',
    INVALID: 'NOT VALID',
    explain: {
      VALID: 'This certificate is genuine and valid.',
      REVOKED: 'This certificate was revoked by its issuer and is no longer valid.',
      SUPERSEDED: 'This certificate was replaced by a newer one and is no longer valid.',
      NOT_FOUND: 'There is no certificate with this code. Check the code again.',
      INVALID: 'This certificate’s digital signature does not match. Do not accept it; contact its issuer.',
    },
    holder: 'Name',
    programme: 'Programme',
    cohort: 'Cohort',
    issuer: 'Issued by',
    issued: 'Date of issue',
    code: 'Code',
    credential: 'Digital credential (Open Badges 3.0)',
    replacement: 'See the certificate that replaces it',
    ask: 'Type the verification code printed on the certificate.',
    codeLabel: 'Verification code',
    check: 'Check',
    description: 'Description',
    criteria: 'Criteria',
    city: 'City',
    issuerNote: 'An issuer of certificates on Sanggar. Verifier apps read its public key (JSON) at this address.',
  },
};

const COLOURS = { VALID: '#1b7f3b', REVOKED: '#b3261e', SUPERSEDED: '#8a5a00', NOT_FOUND: '#555555', INVALID: '#b3261e' };

/** Anonymous requests for certificates per address and minute: a bank's office scanning QR codes all day is far below. */
const PUBLIC_REQUESTS_PER_MINUTE = 120;

const pageLocale = (lang: string | undefined, acceptLanguage: string | undefined): Locale =>
  lang === 'en' || lang === 'id' ? (lang as Locale) : localeFromAcceptLanguage(acceptLanguage);

/** The field to type a code into; it sends the browser to /verify?code=…, which goes to that code's page. */
const codeForm = (locale: Locale, code: string) =>
  `<form method="get" action="/verify"><input type="hidden" name="lang" value="${locale}">
<label for="code">${escapeHtml(WORDS[locale].codeLabel)}</label>
<input id="code" name="code" value="${escapeHtml(code)}" required maxlength="40" autocomplete="off" autocapitalize="characters" spellcheck="false">
<button type="submit">${escapeHtml(WORDS[locale].check)}</button></form>`;

/** A certificate page: the verify page's coloured states on the common public page. */
const sendPage = (reply: FastifyReply, status: number, locale: Locale, body: string, title = WORDS[locale].title) =>
  sendPublicPage(reply, {
    status,
    locale,
    title,
    body,
    css: Object.entries(COLOURS)
      .map(([state, colour]) => `[data-state=${state}]{background:${colour}}`)
      .join(''),
  });

/** One address, two readers: a verifier app gets the JSON document, a person's browser a page about it. */
async function documentOrPage(
  request: FastifyRequest,
  reply: FastifyReply,
  document: object,
  page: (words: (typeof WORDS)[Locale]) => { title: string; body: string },
): Promise<void> {
  if (!/text\/html/.test(request.headers.accept ?? '')) {
    await reply.type('application/json').header('Cache-Control', 'public, max-age=3600').send(document);
    return;
  }
  const locale = pageLocale((request.query as { lang?: string }).lang, request.headers['accept-language']);
  const { title, body } = page(WORDS[locale]);
  await sendPage(reply, 200, locale, body, title);
}

const definitions = (rows: [string, string][]) =>
  `<dl>${rows.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`;

/** "Sri Wahyuni, S.Ds." → "sri-wahyuni-s-ds": a file name every system accepts. */
const fileNameOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase() || 'sertifikat';

/**
 * The public face of certificates: the PDF, the signed credential, the issuer's key, and the page the QR
 * code opens; and for a hub's coordinators, a cohort's PDFs as one ZIP.
 */
@Controller()
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly pdfs: CertificatePdfs,
    private readonly statusLists: StatusLists,
    private readonly cohorts: CohortsService,
    private readonly links: DownloadLinks,
    private readonly hubs: HubsService,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
  ) {}

  /** Anyone may ask, but not without end: past the budget the answer is 429 with when to come back. */
  private async withinBudget(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const reservation = await this.limiter.reserve({
      key: `public:${clientSource(request.ip)}`,
      limit: PUBLIC_REQUESTS_PER_MINUTE,
      windowSeconds: 60,
    });
    if (reservation.allowed) return true;
    await reply.status(429).header('Retry-After', String(reservation.retryAfterSeconds)).type('text/plain').send('Too many requests');
    return false;
  }

  @Public()
  @Get('certificates/:file')
  async pdf(@Param('file') file: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    if (!(await this.withinBudget(request, reply))) return;
    const code = file.replace(/\.pdf$/, '');
    const certificate = CODE.test(code) ? await this.certificates.byCode(code) : null;
    if (!certificate || !hasCredential(certificate) || !file.endsWith('.pdf')) throw CertificateErrors.certificateNotFound();
    const pdf = await this.pdfs.pdfOf(certificate);
    await reply
      .type('application/pdf')
      .header('Content-Disposition', `inline; filename="sertifikat-${code}.pdf"`)
      .header('Cache-Control', 'public, max-age=3600')
      .send(pdf);
  }

  /** Followed from the link of `CertificateBatch.pdfArchiveUrl`: the PDFs were drawn by the worker at issuance. */
  @Public()
  @Get('cohorts/:id/certificates.zip')
  async archive(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('token') token: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const caller = await this.links.holder(token ?? '', pdfArchivePath(id));
    const cohort = await this.cohorts.getCohort(caller, id);
    requireHubManager(caller, cohort.hubId);
    const certificates = await this.certificates.validOfCohort(cohort.id);
    const pdfs = await this.pdfs.pdfsOf(certificates);
    await this.audit.record({
      actorId: caller.id,
      action: AuditAction.COHORT_CERTIFICATES_DOWNLOADED,
      hubId: cohort.hubId,
      cohortId: cohort.id,
      count: certificates.length,
    });
    const files = Object.fromEntries(
      certificates.map((certificate, index) => [`${fileNameOf(certificate.holderName)}-${certificate.verificationCode}.pdf`, pdfs[index]]),
    );
    await reply
      .type('application/zip')
      .header('Content-Disposition', `attachment; filename="sertifikat-${fileNameOf(cohort.name)}.zip"`)
      .header('Cache-Control', 'no-store')
      // PDFs are compressed already: stored as they are.
      .send(Buffer.from(zipSync(files, { level: 0 })));
  }

  @Public()
  @Get('certificates/:code/credential.json')
  async credential(@Param('code') code: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    if (!(await this.withinBudget(request, reply))) return;
    const certificate = CODE.test(code) ? await this.certificates.byCode(code) : null;
    // An erased holder's credential (it names them) is deleted.
    if (!certificate || !hasCredential(certificate)) throw CertificateErrors.certificateNotFound();
    await reply.type('application/json').send(certificate.credential);
  }

  /** The hub's signed revocation list (W3C Bitstring Status List) that each credential's credentialStatus names. */
  @Public()
  @Get('issuers/:hubId/status/revocation')
  async statusList(@Param('hubId') hubId: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    if (!(await this.withinBudget(request, reply))) return;
    const list = UUID_PATTERN.test(hubId) ? await this.statusLists.credentialOf(hubId) : null;
    if (!list) throw CertificateErrors.issuerNotFound();
    // Short: a revocation reaches verifiers within five minutes of the list being signed again.
    await reply.type('application/vc+ld+json').header('Cache-Control', 'public, max-age=300').send(list);
  }

  /** What a curriculum's certificates attest: the credential's achievement id resolves here. */
  @Public()
  @Get('achievements/:curriculumId')
  async achievement(
    @Param('curriculumId') curriculumId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!(await this.withinBudget(request, reply))) return;
    const achievement = UUID_PATTERN.test(curriculumId) ? await this.certificates.achievement(curriculumId) : null;
    if (!achievement) throw CertificateErrors.achievementNotFound();
    await documentOrPage(request, reply, achievement, (words) => ({
      title: achievement.name,
      body: definitions([
        [words.description, achievement.description],
        [words.criteria, achievement.criteria.narrative],
      ]),
    }));
  }

  /** The issuer's controller document: the public key that verifies its credentials. */
  @Public()
  @Get('issuers/:hubId')
  async issuer(@Param('hubId') hubId: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    if (!(await this.withinBudget(request, reply))) return;
    // Only a hub that has issued has a key; asking never creates one.
    const key = UUID_PATTERN.test(hubId) ? await this.certificates.publicKey(hubId) : null;
    if (!key) throw CertificateErrors.issuerNotFound();
    const hub = await this.hubs.getHub(hubId);
    await documentOrPage(request, reply, controllerDocument(this.certificates.urls.issuer(hubId), key), (words) => ({
      title: hub.name,
      body: `<p>${escapeHtml(words.issuerNote)}</p>${definitions([[words.city, hub.city]])}`,
    }));
  }

  /** The form to type a code (a QR code that could not be scanned); a code given goes to its page. */
  @Public()
  @Get('verify')
  async form(
    @Query('code') given: string | undefined,
    @Query('lang') lang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!(await this.withinBudget(request, reply))) return;
    const code = given?.trim().toUpperCase().slice(0, 40);
    if (code) {
      await reply.redirect(`/verify/${encodeURIComponent(code)}${lang ? `?lang=${lang === 'en' ? 'en' : 'id'}` : ''}`, 303);
      return;
    }
    const locale = pageLocale(lang, acceptLanguage);
    await sendPage(reply, 200, locale, `<p>${escapeHtml(WORDS[locale].ask)}</p>${codeForm(locale, '')}`);
  }

  @Public()
  @Get('verify/:code')
  async page(
    @Param('code') rawCode: string,
    @Query('lang') lang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!(await this.withinBudget(request, reply))) return;
    const locale = pageLocale(lang, acceptLanguage);
    const code = rawCode.trim().toUpperCase();
    const { valid, certificate } = CODE.test(code) ? await this.certificates.verify(code) : { valid: false, certificate: null };
    // A VALID row whose signature fails means the stored certificate was altered.
    const state = !certificate
      ? 'NOT_FOUND'
      : valid
        ? 'VALID'
        : certificate.status === CertificateStatus.VALID
          ? 'INVALID'
          : certificate.status;
    const words = WORDS[locale];
    const rows: [string, string][] = certificate
      ? [
          [words.holder, certificate.holderName],
          [words.programme, certificate.curriculumTitle],
          [words.cohort, certificate.cohortName],
          [words.issuer, `${certificate.hubName}, ${certificate.hubCity}`],
          [words.issued, longDate(certificate.issuedAt, certificate.hubTimezone, locale)],
          [words.code, certificate.verificationCode],
        ]
      : [[words.code, code.slice(0, 32)]];
    const successor = certificate?.supersededBy ? await this.certificates.byId(certificate.supersededBy) : null;
    const links = [
      successor && `<p><a href="/verify/${escapeHtml(successor.verificationCode)}?lang=${locale}">${escapeHtml(words.replacement)}</a></p>`,
      certificate &&
        hasCredential(certificate) &&
        `<p><a href="${escapeHtml(this.certificates.urls.credential(certificate.verificationCode))}">${escapeHtml(words.credential)}</a></p>`,
      // Not found: a mistyped code is typed again here.
      !certificate && codeForm(locale, code.slice(0, 32)),
    ];
    const body = `<section class="state" data-state="${state}"><strong>${escapeHtml(words[state])}</strong>${escapeHtml(words.explain[state])}</section>
${definitions(rows)}
${links.filter(Boolean).join('')}`;
    await sendPage(reply, certificate ? 200 : 404, locale, body);
  }
}
