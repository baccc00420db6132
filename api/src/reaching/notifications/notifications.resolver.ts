import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import {
  NotificationIdArgs,
  NotificationModel,
  NotificationsArgs,
  NotificationSettingsInput,
  NotificationSettingsModel,
} from './dto/notification.model';
import { MyNotificationsService } from './my-notifications.service';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly mine: MyNotificationsService) {}

  @Allow('notification.own')
  @Query(() => [NotificationModel], { description: 'The reader’s newest notifications first.' })
  notifications(@Args() { limit }: NotificationsArgs, @Ctx() ctx: RequestContext) {
    return this.mine.list(ctx, limit);
  }

  @Allow('notification.own')
  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.mine.unreadCount(ctx);
  }

  @Allow('notification.own')
  @Mutation(() => Boolean)
  markNotificationRead(@Args() { id }: NotificationIdArgs, @Ctx() ctx: RequestContext) {
    return this.mine.markRead(ctx, id);
  }

  @Allow('notification.own')
  @Mutation(() => Int, {
    description: 'Marks every notification read; answers how many were unread.',
  })
  markAllNotificationsRead(@Ctx() ctx: RequestContext): Promise<number> {
    return this.mine.markAllRead(ctx);
  }

  @Allow('notification.own')
  @Query(() => NotificationSettingsModel)
  notificationSettings(@Ctx() ctx: RequestContext): Promise<NotificationSettingsModel> {
    return this.mine.settings(ctx);
  }

  @Allow('notification.own')
  @Mutation(() => NotificationSettingsModel, {
    description:
      'What comes by email and when: groups, a daily digest, quiet hours, the check-in reminder.',
  })
  updateNotificationSettings(
    @Args('input') input: NotificationSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationSettingsModel> {
    return this.mine.updateSettings(ctx, input);
  }
}
