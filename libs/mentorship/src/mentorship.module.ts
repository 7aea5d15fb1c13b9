import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HubsModule } from '@sanggar/hubs';
import { IdentityModule } from '@sanggar/identity';
import { MentorProfileEntity, StartupEntity, StartupMemberEntity, StartupMentorEntity } from './mentorship.entities.js';
import { MentorshipService } from './mentorship.service.js';

export const mentorshipEntities = [MentorProfileEntity, StartupEntity, StartupMemberEntity, StartupMentorEntity];

@Module({
  imports: [TypeOrmModule.forFeature(mentorshipEntities), HubsModule, IdentityModule],
  providers: [MentorshipService],
  exports: [MentorshipService],
})
export class MentorshipModule {}
