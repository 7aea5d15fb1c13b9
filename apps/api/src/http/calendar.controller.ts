import { Controller, Get, Header, Param } from '@nestjs/common';
import { Public } from '@sanggar/core';
import { CalendarFeedService } from '@sanggar/scheduling';

/** A person's private ICS feed for Google Calendar or Outlook; the token in the URL is the only key. */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Public()
  @Get(':file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  feed(@Param('file') file: string): Promise<string> {
    return this.feeds.render(file.replace(/\.ics$/, ''));
  }
}
