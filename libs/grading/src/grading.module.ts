import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttendanceModule } from '@sanggar/attendance';
import { CohortsModule } from '@sanggar/cohorts';
import { CriterionScoreEntity, GradeEntity, LessonCompletionEntity, SubmissionEntity } from './grading.entities.js';
import { GradingService } from './grading.service.js';
import { ProgressService } from './progress.service.js';

export const gradingEntities = [LessonCompletionEntity, SubmissionEntity, GradeEntity, CriterionScoreEntity];

@Module({
  imports: [TypeOrmModule.forFeature(gradingEntities), CohortsModule, AttendanceModule],
  providers: [GradingService, ProgressService],
  exports: [GradingService, ProgressService],
})
export class GradingModule {}
