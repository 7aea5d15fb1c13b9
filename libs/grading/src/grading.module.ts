import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttendanceModule } from '@sanggar/attendance';
import { CohortsModule } from '@sanggar/cohorts';
import { NotificationsModule } from '@sanggar/notifications';
import { CriterionScoreEntity, GradeEntity, LessonCompletionEntity, SubmissionEntity } from './grading.entities.js';
import { GradingDigests } from './grading-digests.js';
import { GradingService } from './grading.service.js';
import { EnrollmentProgressEntity } from './progress.entity.js';
import { ProgressService } from './progress.service.js';

export const gradingEntities = [LessonCompletionEntity, SubmissionEntity, GradeEntity, CriterionScoreEntity, EnrollmentProgressEntity];

@Module({
  imports: [TypeOrmModule.forFeature(gradingEntities), CohortsModule, AttendanceModule, NotificationsModule],
  providers: [GradingService, ProgressService, GradingDigests],
  exports: [GradingService, ProgressService, GradingDigests],
})
export class GradingModule {}
