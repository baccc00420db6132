import { Injectable, inject } from '@angular/core';
import { HomewardApollo } from '../apollo';
import { firstValueFrom } from 'rxjs';
import {
  JoinMessageThreadDocument,
  MarkMessageThreadSeenDocument,
  type MessageThreadFieldsFragment,
  MessageThreadDocument,
  type MessageThreadSummaryFieldsFragment,
  MessageThreadsDocument,
  SendMessageDocument,
  StartMessageThreadDocument,
} from '../../generated/graphql';
import { SubmissionKey } from '../check-ins/check-ins.api';

export type MessageThread = MessageThreadFieldsFragment;
export type MessageThreadSummary = MessageThreadSummaryFieldsFragment;

/** Messages between the people of a plan; a retried send reuses its key, so it is sent once. */
@Injectable({ providedIn: 'root' })
export class MessagesApi {
  private readonly apollo = inject(HomewardApollo);

  async threads(planId: string): Promise<MessageThreadSummary[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: MessageThreadsDocument, variables: { planId } }),
    );
    return result.data?.messageThreads ?? [];
  }

  async thread(id: string): Promise<MessageThread | null> {
    const result = await firstValueFrom(
      this.apollo.query({ query: MessageThreadDocument, variables: { id } }),
    );
    return result.data?.messageThread ?? null;
  }

  async start(
    planId: string,
    memberIds: string[],
    body: string,
    key: SubmissionKey,
  ): Promise<MessageThread | null> {
    const idempotencyKey = key.for({ planId, memberIds, body });
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: StartMessageThreadDocument,
        variables: { input: { planId, memberIds, body, idempotencyKey } },
      }),
    );
    key.done();
    return result.data?.startMessageThread ?? null;
  }

  async send(threadId: string, body: string, key: SubmissionKey): Promise<MessageThread | null> {
    const idempotencyKey = key.for({ threadId, body });
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: SendMessageDocument,
        variables: { input: { threadId, body, idempotencyKey } },
      }),
    );
    key.done();
    return result.data?.sendMessage ?? null;
  }

  async join(id: string): Promise<MessageThread | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: JoinMessageThreadDocument, variables: { id } }),
    );
    return result.data?.joinMessageThread ?? null;
  }

  async markSeen(id: string): Promise<MessageThread | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: MarkMessageThreadSeenDocument, variables: { id } }),
    );
    return result.data?.markMessageThreadSeen ?? null;
  }
}
