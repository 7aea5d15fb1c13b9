import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '@sanggar/core';
import { CalendarFeedService } from '@sanggar/calendar';

/** A person's private ICS feed for Google Calendar or Outlook; the token in the URL is the only key. */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Public()
  @Get(':file')
  async feed(@Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    const ics = await this.feeds.render(file.replace(/\.ics$/, ''));
    await reply.header('Cache-Control', 'private, max-age=300').type('text/calendar; charset=utf-8').send(ics);
  }
}
