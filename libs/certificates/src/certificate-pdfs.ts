import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CertificateLinks } from './certificate-links.js';
import { CERTIFICATE_PDF_LAYOUT, type CertificateContent, renderCertificatePdf } from './certificate-pdf.js';
import { type CertificateEntity, CertificatePdfEntity } from './certificate.entities.js';

/** The PDFs of certificates: read back when drawn before, drawn (and kept) when not. */
@Injectable()
export class CertificatePdfs {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: CertificateLinks,
  ) {}

  async pdfOf(certificate: CertificateEntity): Promise<Buffer> {
    const [pdf] = await this.pdfsOf([certificate]);
    return pdf;
  }

  /** In the order given; one query for those drawn before, the rest drawn one after another. */
  async pdfsOf(certificates: readonly CertificateEntity[]): Promise<Buffer[]> {
    const repository = this.dataSource.getRepository(CertificatePdfEntity);
    const stored = await repository.findBy({ certificateId: In(certificates.map((certificate) => certificate.id)) });
    const byId = new Map(stored.map((row) => [row.certificateId, row]));
    const pdfs: Buffer[] = [];
    for (const certificate of certificates) {
      const content = this.contentOf(certificate);
      const contentKey = createHash('sha256')
        .update(JSON.stringify([CERTIFICATE_PDF_LAYOUT, content]))
        .digest('hex');
      const kept = byId.get(certificate.id);
      if (kept?.contentKey === contentKey) {
        pdfs.push(kept.content);
        continue;
      }
      const pdf = await renderCertificatePdf(content);
      await repository.upsert({ certificateId: certificate.id, contentKey, content: pdf }, ['certificateId']);
      pdfs.push(pdf);
    }
    return pdfs;
  }

  private contentOf(certificate: CertificateEntity): CertificateContent {
    return {
      holderName: certificate.holderName,
      curriculumTitle: certificate.curriculumTitle,
      cohortName: certificate.cohortName,
      hubName: certificate.hubName,
      hubCity: certificate.hubCity,
      issuedAt: certificate.issuedAt,
      timezone: certificate.hubTimezone,
      finalScore: certificate.finalScore,
      verificationCode: certificate.verificationCode,
      verifyUrl: this.links.verify(certificate.verificationCode),
    };
  }
}
