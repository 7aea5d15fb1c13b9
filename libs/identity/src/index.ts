import { AccountTokenEntity } from './account-token.entity.js';
import { HubMembershipEntity } from './hub-membership.entity.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { GuardianConsentEntity } from './guardian-consent.entity.js';
import { UserEntity } from './user.entity.js';

export * from './account-token.entity.js';
export * from './hub-membership.entity.js';
export * from './refresh-token.entity.js';
export * from './guardian-consent.entity.js';
export * from './user.entity.js';
export { shownUserFromTexts } from './shown-user-texts.js';
export * from './identity.errors.js';
export * from './identity.module.js';
export * from './identity.service.js';
export { CallerCache } from './caller-cache.js';
export { TokensService } from './tokens.service.js';
export { MIN_PASSWORD_LENGTH } from './password-rules.js';
export { MAX_FAILURES_PER_ACCOUNT_AND_SOURCE, MAX_FAILURES_PER_SOURCE } from './login-throttle.js';

export const identityEntities = [UserEntity, HubMembershipEntity, RefreshTokenEntity, AccountTokenEntity, GuardianConsentEntity];
export { MAX_MEMBERS_PAGE, MemberDirectory, type MemberPage } from './member-directory.js';
