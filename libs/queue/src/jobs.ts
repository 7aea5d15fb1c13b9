import type { JobsOptions } from 'bullmq';

export enum QueueName {
  Notifications = 'notifications',
}

export enum JobName {
  SendWelcomeEmail = 'send-welcome-email',
}

/** Payload of each job: ids only; the state lives in Postgres. */
export interface JobPayloads {
  [JobName.SendWelcomeEmail]: { userId: string };
}

export type JobItem = { [N in JobName]: { name: N; data: JobPayloads[N] } }[JobName];
export type JobOf<N extends JobName> = Extract<JobItem, { name: N }>;

export const queueOfJob: Record<JobName, QueueName> = {
  [JobName.SendWelcomeEmail]: QueueName.Notifications,
};

/** Deterministic job ids: the same piece of work always gets the same id (BullMQ ids must not contain ':'). */
export const jobIds = {
  welcomeEmail: (userId: string) => `welcome-${userId}`,
};

export const defaultJobOptions: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  // Kept for a day so a re-published job id is recognised and not run again.
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
