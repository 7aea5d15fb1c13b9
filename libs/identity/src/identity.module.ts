import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@sanggar/audit';
import { HubsModule } from '@sanggar/hubs';
import { CallerCache } from './caller-cache.js';
import { AccountTokenEntity } from './account-token.entity.js';
import { GuardianConsentEntity } from './guardian-consent.entity.js';
import { HubMembershipEntity } from './hub-membership.entity.js';
import { IdentityService } from './identity.service.js';
import { MemberDirectory } from './member-directory.js';
import { LoginThrottle } from './login-throttle.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { TokensService } from './tokens.service.js';
import { UserEntity } from './user.entity.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, HubMembershipEntity, RefreshTokenEntity, AccountTokenEntity, GuardianConsentEntity]),
    HubsModule,
    AuditModule,
  ],
  providers: [
    IdentityService,
    TokensService,
    LoginThrottle,
    MemberDirectory,
    // One per application: it trusts nothing until that application listens for changes (the api does).
    CallerCache,
  ],
  exports: [IdentityService, TokensService, MemberDirectory, CallerCache],
})
export class IdentityModule {}
