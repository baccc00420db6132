import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../platform/pagination';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field()
  action: string;

  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Field(() => String, { nullable: true })
  recordType: string | null;

  @Field(() => String, { nullable: true })
  recordId: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEventModel) {}
