import { Module } from '@nestjs/common';
import { MessagesReader } from './messages.reader';
import { MessagesRepository } from './messages.repository';
import { MessagesResolver } from './messages.resolver';
import { MessagesService } from './messages.service';

/** Threads between the members of a plan, kept as sent. */
@Module({
  providers: [MessagesService, MessagesRepository, MessagesReader, MessagesResolver],
})
export class MessagesModule {}
