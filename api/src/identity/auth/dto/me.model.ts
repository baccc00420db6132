import { invalid } from '../../../platform/validation-error';
import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { LanguageEnum, RoleEnum } from '../../people/dto/account-enums';

export { LanguageEnum, RoleEnum };

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType()
export class TotpEnrollment {
  @Field({ description: 'The key to type into an authenticator app' })
  secret: string;

  @Field({ description: 'The same key as an otpauth:// link' })
  otpauthUrl: string;
}

/** A place the person may act in: one of their memberships (a role in an organization). */
@ObjectType('MembershipPlace')
export class MembershipPlaceModel {
  @Field(() => ID, { description: 'The membership' })
  id: string;

  @Field(() => RoleEnum)
  role: keyof typeof RoleEnum;

  @Field(() => OrganizationModel)
  organization: OrganizationModel;

  @Field({ description: 'Whether this session acts in it' })
  current: boolean;
}

/** The signed-in person, in the membership their session acts for. */
@ObjectType('Me')
export class MeModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => LanguageEnum)
  language: keyof typeof LanguageEnum;

  @Field({
    description: "The IANA time zone the person's days count in (their own, or the program's)",
  })
  timeZone: string;

  @Field(() => RoleEnum)
  role: keyof typeof RoleEnum;

  @Field(() => OrganizationModel, { name: 'organization' })
  organization: OrganizationModel;

  @Field(() => ID, { description: 'The membership this session acts in' })
  membershipId: string;

  @Field(() => [MembershipPlaceModel], {
    description:
      'Every active membership of the person; with more than one, they choose where they are',
  })
  memberships: MembershipPlaceModel[];

  @Field({ description: 'Whether sign-in asks for a code from an authenticator app' })
  totpEnabled: boolean;

  @Field({
    description:
      'Staff only, when the program requires it: two-step sign-in must be turned on before anything else',
  })
  totpEnrollmentRequired: boolean;

  @Field(() => Int, { description: 'How many unused recovery codes the person has' })
  recoveryCodesLeft: number;

  @Field(() => Int, { description: 'When this session ends if the person stays idle' })
  sessionIdleMinutes: number;
}

@ObjectType()
export class TotpConfirmation {
  @Field(() => MeModel)
  me: MeModel;

  @Field(() => [String], {
    description: 'Recovery codes, each usable once instead of a code: shown this once, never again',
  })
  recoveryCodes: string[];
}

@ArgsType()
export class TimeZoneArgs {
  @Field({ description: 'An IANA time zone name, like America/Chicago' })
  @IsString()
  @MaxLength(64, { message: invalid('INPUT_TIME_ZONE') })
  timeZone: string;
}
