import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayloads } from './jobs.js';

export const JOB_HANDLER = 'sanggar:job-handler';

/** A provider that does the work of one job name; the worker finds it by this marker. */
export const HandlesJob = (name: JobName) => SetMetadata(JOB_HANDLER, name);

export interface JobHandler<N extends JobName> {
  handle(data: JobPayloads[N]): Promise<void>;
  /** Called once a job has failed its last retry: record the failure where people can see it. */
  exhausted?(data: JobPayloads[N], error: Error): Promise<void>;
}
