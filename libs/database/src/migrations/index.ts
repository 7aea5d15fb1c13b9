import { Init1795858220153 } from './1795858220153-Init.js';
import { CurriculaAndCohorts1795860346841 } from './1795860346841-CurriculaAndCohorts.js';
import { SchedulingAndAttendance1795861154405 } from './1795861154405-SchedulingAndAttendance.js';
import { Grading1795862104782 } from './1795862104782-Grading.js';
import { Certificates1795862981876 } from './1795862981876-Certificates.js';
import { Mentorship1795865359147 } from './1795865359147-Mentorship.js';
import { OfficeHours1795867514242 } from './1795867514242-OfficeHours.js';
import { OutboxFinished1795868108526 } from './1795868108526-OutboxFinished.js';
import { Accounts1796293986261 } from './1796293986261-Accounts.js';
import { RubricLevels1796309724599 } from './1796309724599-RubricLevels.js';
import { MemberSearch1796310000000 } from './1796310000000-MemberSearch.js';
import { RevisionLineage1796317275613 } from './1796317275613-RevisionLineage.js';
import { MemberOrder1796320000000 } from './1796320000000-MemberOrder.js';
import { CertificatePdf1796329403986 } from './1796329403986-CertificatePdf.js';
import { SeatedAt1796330628344 } from './1796330628344-SeatedAt.js';
import { StatusList1796331886345 } from './1796331886345-StatusList.js';
import { FeedSecret1796332408820 } from './1796332408820-FeedSecret.js';
import { Notifications1796393081418 } from './1796393081418-Notifications.js';
import { Privacy1796402112751 } from './1796402112751-Privacy.js';
import { SessionEnd1796418065300 } from './1796418065300-SessionEnd.js';
import { LatestAttempt1796500000000 } from './1796500000000-LatestAttempt.js';
import { WaitingSubmissions1796600000000 } from './1796600000000-WaitingSubmissions.js';
import { EnrollmentSeats1796700000000 } from './1796700000000-EnrollmentSeats.js';
import { WaitingMembers1796800000000 } from './1796800000000-WaitingMembers.js';
import { PeopleByRole1796900000000 } from './1796900000000-PeopleByRole.js';
import { KeptProgress1797000000000 } from './1797000000000-KeptProgress.js';
import { CallerChanges1797100000000 } from './1797100000000-CallerChanges.js';
import { CohortChanges1797200000000 } from './1797200000000-CohortChanges.js';
import { AttendanceInRecordingOrder1797300000000 } from './1797300000000-AttendanceInRecordingOrder.js';

/** Every migration in order. The bundled apps cannot glob, so a new migration is added here by hand. */
export const migrations: Function[] = [
  Init1795858220153,
  CurriculaAndCohorts1795860346841,
  SchedulingAndAttendance1795861154405,
  Grading1795862104782,
  Certificates1795862981876,
  Mentorship1795865359147,
  OfficeHours1795867514242,
  OutboxFinished1795868108526,
  Accounts1796293986261,
  RubricLevels1796309724599,
  MemberSearch1796310000000,
  RevisionLineage1796317275613,
  MemberOrder1796320000000,
  CertificatePdf1796329403986,
  SeatedAt1796330628344,
  StatusList1796331886345,
  FeedSecret1796332408820,
  Notifications1796393081418,
  Privacy1796402112751,
  SessionEnd1796418065300,
  LatestAttempt1796500000000,
  WaitingSubmissions1796600000000,
  EnrollmentSeats1796700000000,
  WaitingMembers1796800000000,
  PeopleByRole1796900000000,
  KeptProgress1797000000000,
  CallerChanges1797100000000,
  CohortChanges1797200000000,
  AttendanceInRecordingOrder1797300000000,
];
