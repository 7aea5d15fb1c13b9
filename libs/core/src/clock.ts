import { Injectable } from '@nestjs/common';

/** The time, injected so that rules about windows and deadlines can be tested with a controlled clock. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
