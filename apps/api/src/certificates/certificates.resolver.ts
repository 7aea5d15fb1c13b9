import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CertificateIssuance, CertificatesService } from '@sanggar/certificates';
import { CohortErrors } from '@sanggar/cohorts';
import { type AuthUser, Public, Role, Roles, canManageHub } from '@sanggar/core';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { DownloadLinks } from '../http/download-links.js';
import { CohortType, EnrollmentType, toCohortType } from '../cohorts/cohort.type.js';
import type { CallerContext, GqlContext } from '../graphql/context.js';
import { RowField } from '../graphql/row-fields.js';
import { PageArgs } from '../graphql/lists.js';
import { inZone } from '../graphql/scalars.js';
import { CertificateBatchType, CertificateType, CertificateVerificationType, toBatchType, toCertificateType } from './certificate.type.js';

const MANAGERS = [Role.ADMIN, Role.COORDINATOR];

@Resolver(() => CertificateType)
class CertificateResolver {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly issuance: CertificateIssuance,
  ) {}

  private toType = (certificate: Parameters<typeof toCertificateType>[0]) => toCertificateType(certificate, this.certificates.urls, inZone);

  @Roles(...MANAGERS)
  @Mutation(() => CertificateBatchType, { description: 'RUNNING -> COMPLETED; enqueues issuance; a second call returns the same batch' })
  async completeCohort(@CurrentUser() caller: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<CertificateBatchType> {
    return toBatchType(await this.issuance.completeCohort(caller, id));
  }

  @Query(() => [CertificateType], { description: 'Newest first' })
  async myCertificates(@CurrentUser() caller: AuthUser, @Args() page: PageArgs): Promise<CertificateType[]> {
    return (await this.certificates.myCertificates(caller, page)).map(this.toType);
  }

  @Public()
  @Query(() => CertificateVerificationType, { description: 'Public: anyone may verify a code without logging in' })
  async verifyCertificate(@Args('code', { type: () => String }) code: string): Promise<CertificateVerificationType> {
    const { valid, certificate } = await this.certificates.verify(code.trim().toUpperCase().slice(0, 32));
    return {
      valid,
      status: certificate?.status ?? null,
      holderName: certificate?.holderName ?? null,
      curriculumTitle: certificate?.curriculumTitle ?? null,
      cohortName: certificate?.cohortName ?? null,
      hubName: certificate?.hubName ?? null,
      issuedAt: certificate ? inZone(certificate.issuedAt, certificate.hubTimezone) : null,
    };
  }

  @Roles(...MANAGERS)
  @Mutation(() => CertificateType, { description: 'The reason is kept for the hub and never shown publicly' })
  async revokeCertificate(
    @CurrentUser() caller: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<CertificateType> {
    return this.toType(await this.certificates.revoke(caller, id, reason));
  }

  @Roles(...MANAGERS)
  @Mutation(() => CertificateType, { description: 'A new certificate with a new code; the old one becomes SUPERSEDED' })
  async reissueCertificate(@CurrentUser() caller: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<CertificateType> {
    return this.toType(await this.issuance.reissue(caller, id));
  }
}

@Resolver(() => EnrollmentType)
class EnrollmentCertificateResolver {
  constructor(private readonly certificates: CertificatesService) {}

  @ResolveField(() => CertificateType, { nullable: true, description: 'The current certificate (not superseded), if any' })
  async certificate(@Parent() enrollment: EnrollmentType, @Context() { loaders }: GqlContext): Promise<CertificateType | null> {
    const certificate = await loaders.certificateByEnrollmentId.load(enrollment.id);
    return certificate ? toCertificateType(certificate, this.certificates.urls, inZone) : null;
  }
}

@Resolver(() => CohortType)
class CohortBatchResolver {
  @RowField(() => CertificateBatchType, { nullable: true, description: 'the latest issuance run, if any (for the hub’s coordinators)' })
  async certificateBatch(this: void, cohort: CohortType, { loaders, user }: CallerContext): Promise<CertificateBatchType | null> {
    if (!canManageHub(user, cohort.hubId)) return null;
    const batch = await loaders.batchByCohortId.load(cohort.id);
    return batch ? toBatchType(batch) : null;
  }
}

/** Where a cohort's valid certificates are downloaded as one ZIP (the signed link names this path). */
export const pdfArchivePath = (cohortId: string) => `/cohorts/${cohortId}/certificates.zip`;

@Resolver(() => CertificateBatchType)
class BatchCohortResolver {
  constructor(private readonly links: DownloadLinks) {}

  @RowField(() => CohortType)
  async cohort(this: void, batch: CertificateBatchType, { loaders }: GqlContext): Promise<CohortType> {
    const cohort = await loaders.visibleCohortById.load(batch.cohortId);
    if (!cohort) throw CohortErrors.cohortNotFound();
    return toCohortType(cohort);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'A link that downloads the PDFs of the cohort’s valid certificates as one ZIP for five minutes, no login needed; null before the first is issued',
  })
  pdfArchiveUrl(@Parent() batch: CertificateBatchType, @CurrentUser() caller: AuthUser): string | null {
    // A batch is shown only to the hub's managers (Cohort.certificateBatch, completeCohort).
    return batch.issued > 0 ? this.links.link(caller, pdfArchivePath(batch.cohortId)) : null;
  }
}

export const certificateResolvers = [CertificateResolver, EnrollmentCertificateResolver, CohortBatchResolver, BatchCohortResolver];
