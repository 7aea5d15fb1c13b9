import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsModule } from '@sanggar/cohorts';
import { HubsModule } from '@sanggar/hubs';
import { SchedulingModule } from '@sanggar/scheduling';
import { AttendanceRecordEntity } from './attendance-record.entity.js';
import { AttendanceService } from './attendance.service.js';
import { MarkAbsentHandler } from './mark-absent.handler.js';

export const attendanceEntities = [AttendanceRecordEntity];

@Module({
  imports: [TypeOrmModule.forFeature(attendanceEntities), SchedulingModule, CohortsModule, HubsModule],
  providers: [AttendanceService],
  exports: [AttendanceService],
})
export class AttendanceModule {}

/** For the worker: the job that marks absence after a session. */
@Module({
  imports: [TypeOrmModule.forFeature(attendanceEntities)],
  providers: [MarkAbsentHandler],
})
export class AttendanceJobsModule {}
