import type { JobsOptions } from 'bullmq';

export enum QueueName {
  Notifications = 'notifications',
  Attendance = 'attendance',
  Certificates = 'certificates',
}

export enum JobName {
  SendWelcomeEmail = 'send-welcome-email',
  SendAccountEmail = 'send-account-email',
  SendSignUpNotice = 'send-sign-up-notice',
  MarkAbsent = 'mark-absent',
  IssueCertificate = 'issue-certificate',
  SendCertificateEmail = 'send-certificate-email',
  SendOfficeHourEmails = 'send-office-hour-emails',
  RebuildStatusList = 'rebuild-status-list',
  SendNotificationEmail = 'send-notification-email',
  BuildDataExport = 'build-data-export',
}

/** What happened to an office-hour booking, told to the mentor and the start-up's members. */
export type OfficeHourChange = 'booked' | 'cancelled';

/** Payload of each job: ids only; the state lives in Postgres. */
export interface JobPayloads {
  [JobName.SendWelcomeEmail]: { userId: string };
  /** A confirmation, reset or invitation link (the token says which). */
  [JobName.SendAccountEmail]: { tokenId: string };
  /** Someone tried to sign up with the address of this existing account; `hour` (UTC, YYYYMMDDHH) keeps it to one an hour. */
  [JobName.SendSignUpNotice]: { userId: string; hour: string };
  /** The session as it was when the job was planned: a job for an older sequence does nothing. */
  [JobName.MarkAbsent]: { sessionId: string; sequence: number };
  [JobName.IssueCertificate]: { batchId: string; enrollmentId: string };
  [JobName.SendCertificateEmail]: { certificateId: string };
  [JobName.SendOfficeHourEmails]: { bookingId: string; change: OfficeHourChange };
  /** A certificate of the hub was revoked or superseded: its revocation list is signed again. */
  [JobName.RebuildStatusList]: { hubId: string };
  [JobName.SendNotificationEmail]: { notificationId: string };
  /** A person's archive of their own data, then the email with its link. */
  [JobName.BuildDataExport]: { exportId: string };
}

export type JobItem = { [N in JobName]: { name: N; data: JobPayloads[N] } }[JobName];

export const queueOfJob: Record<JobName, QueueName> = {
  [JobName.SendWelcomeEmail]: QueueName.Notifications,
  [JobName.SendAccountEmail]: QueueName.Notifications,
  [JobName.SendSignUpNotice]: QueueName.Notifications,
  [JobName.MarkAbsent]: QueueName.Attendance,
  [JobName.IssueCertificate]: QueueName.Certificates,
  [JobName.SendCertificateEmail]: QueueName.Notifications,
  [JobName.SendOfficeHourEmails]: QueueName.Notifications,
  [JobName.RebuildStatusList]: QueueName.Certificates,
  [JobName.SendNotificationEmail]: QueueName.Notifications,
  [JobName.BuildDataExport]: QueueName.Notifications,
};

/** Deterministic job ids: the same piece of work always gets the same id (BullMQ ids must not contain ':'). */
export const jobIds = {
  welcomeEmail: (userId: string) => `welcome-${userId}`,
  accountEmail: (tokenId: string) => `account-email-${tokenId}`,
  signUpNotice: (userId: string, hour: string) => `sign-up-notice-${userId}-${hour}`,
  markAbsent: (sessionId: string, sequence: number) => `absent-${sessionId}-${sequence}`,
  issueCertificate: (enrollmentId: string) => `certificate-${enrollmentId}`,
  certificateEmail: (certificateId: string) => `certificate-email-${certificateId}`,
  officeHourEmails: (bookingId: string, change: OfficeHourChange) => `office-hour-${change}-${bookingId}`,
  /** One rebuild per certificate that ended (revoked or superseded); each rebuild reads every status. */
  statusList: (hubId: string, certificateId: string) => `status-list-${hubId}-${certificateId}`,
  /** `retry` counts an admin's retries after every attempt failed: each is a new job. */
  notificationEmail: (notificationId: string, retry: number) => `notification-email-${notificationId}-${retry}`,
  /** One email per recipient, so a retried job does not write to those already told. */
  officeHourEmail: (bookingId: string, change: OfficeHourChange, userId: string) => `office-hour-${change}-${bookingId}-${userId}`,
  dataExport: (exportId: string) => `data-export-${exportId}`,
};

const defaultJobOptions: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  // Kept for a day so a re-published job id is recognised and not run again.
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * Per queue. Emails keep trying through a mail-server outage of about two hours (12 attempts, the
 * wait doubling from 2 s); other work gives up after 5 attempts (about 30 s), so that a coordinator
 * sees a failed certificate soon, with its error.
 */
export const jobOptions: Record<QueueName, JobsOptions> = {
  [QueueName.Notifications]: { ...defaultJobOptions, attempts: 12 },
  [QueueName.Attendance]: defaultJobOptions,
  [QueueName.Certificates]: defaultJobOptions,
};
