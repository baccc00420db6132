import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CRISIS_RESOURCE_KINDS,
  CrisisResourceKind,
  MAX_CRISIS_LABEL,
  MAX_CRISIS_RESOURCES,
} from '@homeward/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsString, MaxLength, ValidateNested } from 'class-validator';
import { invalid } from '../../../platform/validation-error';
import { WrittenText } from '../../../platform/written-text';

export const CrisisResourceKindEnum = Object.fromEntries(
  CRISIS_RESOURCE_KINDS.map((k) => [k, k]),
) as { [K in CrisisResourceKind]: K };
registerEnumType(CrisisResourceKindEnum, {
  name: 'CrisisResourceKind',
  description: 'How a crisis line is reached: a call, a text, a chat page or another web page',
});

@ObjectType('CrisisResource', { description: 'One crisis line, in the order the program chose' })
export class CrisisResourceModel {
  @Field()
  label: string;

  @Field(() => CrisisResourceKindEnum)
  kind: CrisisResourceKind;

  @Field({ description: 'A phone number (CALL, TEXT) or an https address (CHAT, WEB)' })
  value: string;
}

@ObjectType('ProgramSettings', {
  description: "The program's own settings, as its admins edit them",
})
export class ProgramSettingsModel {
  @Field({ description: "The program's name, as people read it" })
  name: string;

  @Field({ description: 'The IANA time zone the program keeps its days in' })
  timeZone: string;

  @Field(() => [CrisisResourceModel], {
    description: 'The crisis lines in English as set; empty when the defaults are shown',
  })
  crisisResourcesEn: CrisisResourceModel[];

  @Field(() => [CrisisResourceModel], {
    description: 'The crisis lines in Spanish as set; empty when the defaults are shown',
  })
  crisisResourcesEs: CrisisResourceModel[];

  @Field(() => [CrisisResourceModel], { description: 'The defaults in English, for the preview' })
  defaultCrisisResourcesEn: CrisisResourceModel[];

  @Field(() => [CrisisResourceModel], { description: 'The defaults in Spanish, for the preview' })
  defaultCrisisResourcesEs: CrisisResourceModel[];
}

@InputType()
export class CrisisResourceInput {
  @Field()
  @WrittenText('INPUT_CRISIS_LABEL', MAX_CRISIS_LABEL)
  label: string;

  @Field(() => CrisisResourceKindEnum)
  @IsIn(CRISIS_RESOURCE_KINDS, { message: invalid('INPUT_CRISIS_KIND') })
  kind: CrisisResourceKind;

  @Field({ description: 'Checked against the kind by the service (phone or https link)' })
  @IsString({ message: invalid('INPUT_CRISIS_PHONE') })
  @MaxLength(300, { message: invalid('INPUT_TOO_LONG', { max: 300 }) })
  value: string;
}

@InputType()
export class UpdateProgramSettingsInput {
  @Field()
  @WrittenText('INPUT_ORGANIZATION_NAME', 120)
  name: string;

  @Field({ description: 'An IANA time zone name, like America/Chicago' })
  @IsString({ message: invalid('INPUT_TIME_ZONE') })
  @MaxLength(64, { message: invalid('INPUT_TIME_ZONE') })
  timeZone: string;

  @Field(() => [CrisisResourceInput], { description: 'Empty: the defaults in English' })
  @IsArray({ message: invalid('INPUT_CRISIS_RESOURCES') })
  @ArrayMaxSize(MAX_CRISIS_RESOURCES, { message: invalid('INPUT_CRISIS_RESOURCES') })
  @ValidateNested({ each: true })
  @Type(() => CrisisResourceInput)
  crisisResourcesEn: CrisisResourceInput[];

  @Field(() => [CrisisResourceInput], { description: 'Empty: the defaults in Spanish' })
  @IsArray({ message: invalid('INPUT_CRISIS_RESOURCES') })
  @ArrayMaxSize(MAX_CRISIS_RESOURCES, { message: invalid('INPUT_CRISIS_RESOURCES') })
  @ValidateNested({ each: true })
  @Type(() => CrisisResourceInput)
  crisisResourcesEs: CrisisResourceInput[];
}
