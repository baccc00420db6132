import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { Public } from '../../platform/decorators';
import { CalendarService } from './calendar.service';

/** The calendar feed: the secret in the link is the only credential, so it is public to the guard. */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Public()
  @Get(':file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, no-store')
  async feed(@Param('file') file: string): Promise<string> {
    const token = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(file)?.[1];
    const body = token ? await this.calendar.feed(token) : null;
    // A calendar app reads only the status: 404 for a link that is unknown, revoked or ended.
    if (!body) throw new NotFoundException();
    return body;
  }
}
