import { Module } from '@nestjs/common';
import { RetentionService } from './retention.service.js';

/** What UU PDP asks of personal data: kept only as long as needed. */
@Module({
  providers: [RetentionService],
  exports: [RetentionService],
})
export class PrivacyModule {}
