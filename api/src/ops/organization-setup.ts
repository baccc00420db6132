import { INestApplicationContext } from '@nestjs/common';
import { isTimeZone, Language, LANGUAGES } from '@homeward/domain';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  validateSync,
} from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { normalizeEmail } from '../identity/auth/auth.service';
import { InvitationsService } from '../identity/invitations/invitations.service';
import {
  OrganizationsService,
  OrganizationSummary,
} from '../identity/organizations/organizations.service';
import { TemplatesService } from '../planning/templates/templates.service';
import { DomainError } from '../platform/domain-error';
import { invalid, invalidInput } from '../platform/validation-error';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** What `npm run org:create` is given, checked as every API input is (STYLE 5). */
export class OrganizationSetupInput {
  @Transform(trimmed)
  @IsString({ message: invalid('INPUT_ORGANIZATION_NAME') })
  @Length(1, 120, { message: invalid('INPUT_ORGANIZATION_NAME') })
  name: string;

  @Transform(trimmed)
  @IsEmail({}, { message: invalid('INPUT_INVITE_EMAIL') })
  @MaxLength(254, { message: invalid('INPUT_INVITE_EMAIL') })
  adminEmail: string;

  /** How to greet the admin until they choose their own name; left out when blank. */
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value))
  @IsString({ message: invalid('INPUT_NAME_TOO_LONG') })
  @MaxLength(120, { message: invalid('INPUT_NAME_TOO_LONG') })
  adminName?: string;

  /** The invitation mail's language (the admin picks their own when they join). */
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsIn(LANGUAGES, { message: invalid('INPUT_LANGUAGE') })
  language?: Language;

  /** The program's IANA zone: the day a check-in counts for. The default when unset. */
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: invalid('INPUT_TIME_ZONE') })
  timeZone?: string;
}

export interface OrganizationSetup {
  organization: OrganizationSummary;
  invitationId: string;
  adminEmail: string;
  /** The one-time link, returned once and never stored (only its hash is). */
  acceptUrl: string;
  expiresAt: Date;
  /** The language the invitation mail is written in. */
  language: Language;
}

/**
 * First start in production: a new organization (a program), its default plan template and
 * its first admin's invitation, made through the services that own each table, in one
 * transaction with their audit events. The invitation mail is queued in the same transaction;
 * whoever calls this sends it (`Mailer.deliverDue`). Refuses a name already in use (ignoring
 * case), an email that is not one, an unknown language or time zone, each with its reason.
 */
export async function setUpOrganization(
  app: INestApplicationContext,
  request: Record<string, unknown>,
): Promise<OrganizationSetup> {
  const input = plainToInstance(OrganizationSetupInput, request);
  const errors = validateSync(input, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw invalidInput(errors);
  if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) {
    throw new DomainError('INPUT_TIME_ZONE', {}, { field: 'timeZone' });
  }
  const language = input.language ?? 'EN';
  const organizations = app.get(OrganizationsService);
  const templates = app.get(TemplatesService);
  const audit = app.get(AuditService);
  const invitations = app.get(InvitationsService);
  return app.get(DataSource).transaction(async (manager) => {
    const organization = await organizations.createUnique(manager, input.name, input.timeZone);
    await templates.createDefault(manager, organization.id);
    await audit.record(manager, {
      organizationId: organization.id,
      actorUserId: null,
      action: 'organization.created',
      recordType: 'organization',
      recordId: organization.id,
      details: { timeZone: organization.timeZone, by: 'org:create' },
    });
    const invitation = await invitations.inviteFirstAdmin(manager, {
      organizationId: organization.id,
      email: input.adminEmail,
      displayName: input.adminName ?? null,
      language,
    });
    return {
      organization,
      invitationId: invitation.invitationId,
      adminEmail: normalizeEmail(input.adminEmail),
      acceptUrl: invitation.acceptUrl,
      expiresAt: invitation.expiresAt,
      language,
    };
  });
}
