import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgs } from '../../platform/id.args';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import {
  MessageThreadArgs,
  MessageThreadModel,
  MessageThreadsArgs,
  MessageThreadSummaryModel,
  SendMessageInput,
  StartMessageThreadInput,
} from './dto/message.model';
import { MessagesService } from './messages.service';

/** Messages between the people of a plan. There is no operation that edits or deletes one. */
@Resolver(() => MessageThreadModel)
export class MessagesResolver {
  constructor(private readonly messages: MessagesService) {}

  @Allow('message.read')
  @Query(() => [MessageThreadSummaryModel], {
    description: "The plan's threads the reader may read (staff: every one), newest first",
  })
  messageThreads(
    @Args() args: MessageThreadsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<MessageThreadSummaryModel[]> {
    return this.messages.threads(ctx, args);
  }

  @Allow('message.read')
  @Query(() => MessageThreadModel, { description: 'One thread with its newest messages' })
  messageThread(
    @Args() args: MessageThreadArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<MessageThreadModel> {
    return this.messages.thread(ctx, args);
  }

  @Allow('message.write')
  @Mutation(() => MessageThreadModel, {
    description: 'Starts a thread with plan members (none: the care team) with a first message',
  })
  startMessageThread(
    @Args('input') input: StartMessageThreadInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MessageThreadModel> {
    return this.messages.start(ctx, input);
  }

  @Allow('message.write')
  @Mutation(() => MessageThreadModel, {
    description: 'Sends a message; it is kept as sent (a correction is a new message)',
  })
  sendMessage(
    @Args('input') input: SendMessageInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MessageThreadModel> {
    return this.messages.sendMessage(ctx, input);
  }

  @Allow('message.join')
  @Mutation(() => MessageThreadModel, { description: 'Staff join a thread to write in it' })
  joinMessageThread(
    @Args() { id }: IdArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<MessageThreadModel> {
    return this.messages.join(ctx, id);
  }

  @Allow('message.read')
  @Mutation(() => MessageThreadModel, {
    description: 'Records the first time the reader saw each message of the thread',
  })
  markMessageThreadSeen(
    @Args() { id }: IdArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<MessageThreadModel> {
    return this.messages.markSeen(ctx, id);
  }
}
