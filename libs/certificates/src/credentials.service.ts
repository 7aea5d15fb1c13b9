import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, Memo } from '@sanggar/core';
import { CertificateLinks } from './certificate-links.js';
import type { CertificateEntity } from './certificate.entities.js';
import { CREDENTIAL_CONTEXTS, IssuerKey, type PublicKey, verifyCredential } from './open-badges.js';

/** The curriculum a certificate attests. */
export type AchievementClaims = Pick<
  CredentialClaims,
  'curriculumId' | 'curriculumTitle' | 'curriculumDescription' | 'curriculumVersion' | 'minAttendanceRate' | 'minFinalScore'
>;

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
  /** Hashed with a salt into the credential, so that a verifier the holder tells their address can match it. */
  holderEmail: string;
  /** The certificate's bit in the hub's revocation list. */
  statusIndex: number;
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
    const statusList = this.links.statusList(claims.hubId);
    const salt = randomBytes(16).toString('hex');
    return this.signAsHub(claims.hubId, {
      '@context': CREDENTIAL_CONTEXTS,
      id: this.links.credential(claims.code),
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: `${claims.curriculumTitle} — ${claims.cohortName}`,
      issuer: { id: this.links.issuer(claims.hubId), type: ['Profile'], name: claims.hubName, url: this.config.PUBLIC_URL },
      validFrom: claims.issuedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      credentialStatus: {
        id: `${statusList}#${claims.statusIndex}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: String(claims.statusIndex),
        statusListCredential: statusList,
      },
      credentialSubject: {
        type: ['AchievementSubject'],
        name: claims.holderName,
        // Open Badges 3.0 identifies the subject: here by their email, salted and hashed.
        identifier: [
          {
            type: 'IdentityObject',
            identityType: 'emailAddress',
            hashed: true,
            identityHash: `sha256$${createHash('sha256')
              .update(claims.holderEmail.toLowerCase() + salt)
              .digest('hex')}`,
            salt,
          },
        ],
        achievement: this.achievement(claims),
      },
    });
  }

  /**
   * What a curriculum's certificates attest, as its id URL answers too: the name, description and
   * the completion rule in both languages.
   */
  achievement(of: AchievementClaims) {
    const attendance = Math.round(of.minAttendanceRate * 100);
    return {
      id: this.links.achievement(of.curriculumId),
      type: ['Achievement'],
      name: of.curriculumTitle,
      description: of.curriculumDescription ?? `${of.curriculumTitle} (versi ${of.curriculumVersion})`,
      criteria: {
        narrative: `Kehadiran minimal ${attendance}% dan nilai akhir minimal ${of.minFinalScore}. / Attendance of at least ${attendance}% and a final score of at least ${of.minFinalScore}.`,
      },
    };
  }

  /** Signs any credential (a certificate's, the hub's status list) with the hub's key, created on first use. */
  async signAsHub<T extends object>(hubId: string, credential: T): Promise<T & { proof: object }> {
    return (await this.issuerKey(hubId, { create: true })).sign(credential);
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
