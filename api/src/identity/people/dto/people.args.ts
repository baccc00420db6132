import { ArgsType, Field } from '@nestjs/graphql';
import { ROLES, Role } from '@homeward/domain';
import { IsIn, IsOptional } from 'class-validator';
import { RoleEnum } from './account-enums';
import { PageArgs } from '../../../platform/pagination';

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => RoleEnum, { nullable: true, description: 'Only people in this role' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}
