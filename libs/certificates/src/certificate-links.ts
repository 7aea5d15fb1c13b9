import { Injectable } from '@nestjs/common';
import { AppConfig } from '@sanggar/core';

/** Where certificates, their credentials and their issuers live on the web (what QR codes and emails point to). */
@Injectable()
export class CertificateLinks {
  constructor(private readonly config: AppConfig) {}

  verify = (code: string) => `${this.config.PUBLIC_URL}/verify/${code}`;
  pdf = (code: string) => `${this.config.PUBLIC_URL}/certificates/${code}.pdf`;
  credential = (code: string) => `${this.config.PUBLIC_URL}/certificates/${code}/credential.json`;
  issuer = (hubId: string) => `${this.config.PUBLIC_URL}/issuers/${hubId}`;
  statusList = (hubId: string) => `${this.config.PUBLIC_URL}/issuers/${hubId}/status/revocation`;
  achievement = (curriculumId: string) => `${this.config.PUBLIC_URL}/achievements/${curriculumId}`;
}
