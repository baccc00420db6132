import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../platform/graphql-enum';

export const AuditChainBreakEnum = graphqlEnum(
  ['CONTENT_CHANGED', 'LINK_BROKEN'] as const,
  'AuditChainBreak',
  'Why the chain check stopped: an event changed after it was written, or one missing or out of place',
);

@ObjectType('AuditExport')
export class AuditExportModel {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field({ description: 'The IANA zone the days and local_time are counted in' })
  timeZone: string;

  @Field(() => Int, { description: 'Events in the range (rows of the CSV)' })
  events: number;

  @Field({ description: 'The events as CSV (RFC 4180), one header row' })
  csv: string;

  @Field()
  fileName: string;

  @Field({
    description:
      "Whether the organization's whole chain recomputes, from its first event to now (not only the range)",
  })
  chainVerified: boolean;

  @Field(() => Int, { description: 'Events of the chain recomputed before any stop' })
  checkedEvents: number;

  @Field(() => ID, { nullable: true, description: 'The first event that does not match' })
  firstBrokenEventId: string | null;

  @Field(() => AuditChainBreakEnum, { nullable: true })
  firstBrokenReason: keyof typeof AuditChainBreakEnum | null;
}
