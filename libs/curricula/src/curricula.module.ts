import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HubsModule } from '@sanggar/hubs';
import { AssignmentEntity, RubricCriterionEntity } from './assignment.entity.js';
import { CurriculaService } from './curricula.service.js';
import { CurriculumModuleEntity } from './curriculum-module.entity.js';
import { CurriculumEntity } from './curriculum.entity.js';
import { LessonEntity } from './lesson.entity.js';

export const curriculaEntities = [CurriculumEntity, CurriculumModuleEntity, LessonEntity, AssignmentEntity, RubricCriterionEntity];

@Module({
  imports: [TypeOrmModule.forFeature(curriculaEntities), HubsModule],
  providers: [CurriculaService],
  exports: [CurriculaService],
})
export class CurriculaModule {}
