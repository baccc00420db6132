import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { invalid } from '../../platform/validation-error';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class AuditExportArgs {
  @Field({ description: "The first day, YYYY-MM-DD, in the reader's time zone" })
  @Matches(DAY, { message: invalid('INPUT_AUDIT_DAY') })
  from: string;

  @Field({ description: 'The last day, YYYY-MM-DD, included' })
  @Matches(DAY, { message: invalid('INPUT_AUDIT_DAY') })
  to: string;
}
