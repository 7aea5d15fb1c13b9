import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, Memo } from '@sanggar/core';
import { CertificateLinks } from './certificate-links.js';
import type { CertificateEntity } from './certificate.entities.js';
import { CREDENTIAL_CONTEXTS, IssuerKey, type PublicKey, verifyCredential } from './open-badges.js';

/** What a credential says: copied from the certificate being issued. */
export interface CredentialClaims {
  code: string;
  issuedAt: Date;
  hubId: string;
  hubName: string;
  holderName: string;
  cohortName: string;
  curriculumId: string;
  curriculumTitle: string;
  curriculumDescription: string | null;
  curriculumVersion: number;
  minAttendanceRate: number;
  minFinalScore: number;
}

/** Each hub's Ed25519 issuer key, and the Open Badges 3.0 credentials signed and checked with it. */
@Injectable()
export class CredentialsService {
  private readonly keys = new Map<string, Promise<IssuerKey>>();
  /** Signature checks of stored credentials: the verify page is public and each check costs ~10 ms. */
  private readonly signatures = new Memo<boolean>(2000);

  constructor(
    private readonly config: AppConfig,
    private readonly links: CertificateLinks,
  ) {}

  /** A signed OpenBadgeCredential (the hub's key is created on its first issue). */
  async sign(claims: CredentialClaims): Promise<object> {
    const key = await this.issuerKey(claims.hubId, { create: true });
    const attendance = Math.round(claims.minAttendanceRate * 100);
    return key.sign({
      '@context': CREDENTIAL_CONTEXTS,
      id: this.links.credential(claims.code),
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: `${claims.curriculumTitle} — ${claims.cohortName}`,
      issuer: { id: this.links.issuer(claims.hubId), type: ['Profile'], name: claims.hubName, url: this.config.PUBLIC_URL },
      validFrom: claims.issuedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      credentialSubject: {
        type: ['AchievementSubject'],
        name: claims.holderName,
        achievement: {
          id: this.links.achievement(claims.curriculumId),
          type: ['Achievement'],
          name: claims.curriculumTitle,
          description: claims.curriculumDescription ?? `${claims.curriculumTitle} (versi ${claims.curriculumVersion})`,
          criteria: {
            narrative: `Kehadiran minimal ${attendance}% dan nilai akhir minimal ${claims.minFinalScore}. / Attendance of at least ${attendance}% and a final score of at least ${claims.minFinalScore}.`,
          },
        },
      },
    });
  }

  /** Whether a stored certificate's credential still verifies against its hub's key (checked once per content). */
  async verifies(certificate: Pick<CertificateEntity, 'hubId' | 'credential'>): Promise<boolean> {
    const content = createHash('sha256').update(JSON.stringify(certificate.credential)).digest('base64url');
    return this.signatures.get(`${certificate.hubId}:${content}`, async () => {
      const key = await this.publicKey(certificate.hubId);
      return key !== null && verifyCredential(certificate.credential, key);
    });
  }

  /** The hub's public key, or null when it has never issued (reading never creates a key). */
  async publicKey(hubId: string): Promise<PublicKey | null> {
    const key = await this.issuerKey(hubId, { create: false });
    return key ? key.publicKey() : null;
  }
  /** The hub's signing key: from SANGGAR_ISSUER_KEYS, else the key directory, where only issuing (`create`) makes one. */
  private issuerKey(hubId: string, { create }: { create: true }): Promise<IssuerKey>;
  private issuerKey(hubId: string, { create }: { create: false }): Promise<IssuerKey | null>;
  private async issuerKey(hubId: string, { create }: { create: boolean }): Promise<IssuerKey | null> {
    const cached = this.keys.get(hubId);
    if (cached) return cached;
    const given = this.config.issuerKeys[hubId];
    const name = `issuer-${hubId}`;
    if (!given && !create && !(await IssuerKey.load(this.config.SANGGAR_KEY_DIR, name))) return null;
    const key = given
      ? IssuerKey.fromPair(given, this.links.issuer(hubId))
      : IssuerKey.loadOrCreate(this.config.SANGGAR_KEY_DIR, name, this.links.issuer(hubId));
    key.catch(() => this.keys.delete(hubId));
    this.keys.set(hubId, key);
    return key;
  }
}
