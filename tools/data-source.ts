/**
 * The DataSource of the TypeORM CLI (migration:generate, migration:run) and of the tests.
 * It lists every entity; the apps load theirs through their modules instead.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@sanggar/core';
import { attendanceEntities } from '@sanggar/attendance';
import { auditEntities } from '@sanggar/audit';
import { calendarEntities } from '@sanggar/calendar';
import { certificateEntities } from '@sanggar/certificates';
import { cohortEntities } from '@sanggar/cohorts';
import { curriculaEntities } from '@sanggar/curricula';
import { dataSourceOptions } from '@sanggar/database';
import { gradingEntities } from '@sanggar/grading';
import { hubEntities } from '@sanggar/hubs';
import { identityEntities } from '@sanggar/identity';
import { mentorshipEntities } from '@sanggar/mentorship';
import { notificationEntities } from '@sanggar/notifications';
import { privacyEntities } from '@sanggar/privacy';
import { queueEntities } from '@sanggar/queue';
import { schedulingEntities } from '@sanggar/scheduling';

export const allEntities = [
  ...hubEntities,
  ...identityEntities,
  ...queueEntities,
  ...notificationEntities,
  ...curriculaEntities,
  ...cohortEntities,
  ...schedulingEntities,
  ...attendanceEntities,
  ...gradingEntities,
  ...certificateEntities,
  ...mentorshipEntities,
  ...calendarEntities,
  ...auditEntities,
  ...privacyEntities,
];

export function createDataSource(url: string): DataSource {
  return new DataSource({ ...dataSourceOptions(url), entities: allEntities });
}

export default createDataSource(loadConfig().DATABASE_URL);
