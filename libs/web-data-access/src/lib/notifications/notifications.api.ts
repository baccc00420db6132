import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  type MeFieldsFragment,
  NotificationCentreDocument,
  type NotificationFieldsFragment,
  NotificationSettingsDocument,
  type NotificationSettingsFieldsFragment,
  type NotificationSettingsInput,
  SetTimeZoneDocument,
  UpdateNotificationSettingsDocument,
} from '../../generated/graphql';
import { HomewardApollo } from '../apollo';

export type NotificationItem = NotificationFieldsFragment;
export type NotificationSettings = NotificationSettingsFieldsFragment;

export interface NotificationCentre {
  notifications: NotificationItem[];
  unread: number;
}

/** The reader's own notifications and how they want to be reached; nobody reads another's. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly apollo = inject(HomewardApollo);

  /** The newest `limit` notifications, newest first, and how many are unread in all. */
  async centre(limit: number): Promise<NotificationCentre> {
    const result = await firstValueFrom(
      this.apollo.query({ query: NotificationCentreDocument, variables: { limit } }),
    );
    return {
      notifications: result.data?.notifications ?? [],
      unread: result.data?.unreadNotificationCount ?? 0,
    };
  }

  async markRead(id: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: MarkNotificationReadDocument, variables: { id } }),
    );
  }

  async markAllRead(): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: MarkAllNotificationsReadDocument }));
  }

  async settings(): Promise<NotificationSettings | null> {
    const result = await firstValueFrom(this.apollo.query({ query: NotificationSettingsDocument }));
    return result.data?.notificationSettings ?? null;
  }

  async updateSettings(input: NotificationSettingsInput): Promise<NotificationSettings | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: UpdateNotificationSettingsDocument, variables: { input } }),
    );
    return result.data?.updateNotificationSettings ?? null;
  }

  /** The IANA zone the person's times (quiet hours, reminders, digest) are in. */
  async setTimeZone(timeZone: string): Promise<MeFieldsFragment | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SetTimeZoneDocument, variables: { timeZone } }),
    );
    return result.data?.setTimeZone ?? null;
  }
}
