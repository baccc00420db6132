import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CLOCK, Clock } from '../../platform/clock';
import {
  GraphQLContext,
  HomewardRequest,
  RequestContext,
  keepContext,
  languageOf,
} from '../../platform/request-context';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { mustEnrolSecondFactor, Permission, roleMay } from '@homeward/domain';
import { DomainError, forbidden, notSignedIn } from '../../platform/domain-error';
import { Actor, originOf } from '../../platform/actor';
import { AppConfig } from '../../platform/config/app-config';
import { BEFORE_MFA_KEY, PERMISSION_KEY, PUBLIC_KEY } from '../../platform/decorators';
import { SessionService } from './session.service';

/**
 * Closed by default (STYLE 13): an operation that declares neither @Public() nor
 * @Allow(permission) is refused. Not signed in is UNAUTHENTICATED; signed in without the
 * role's permission is FORBIDDEN. Record-level checks follow in the AccessService. When the
 * program requires a second factor of staff, a staff member without one is refused everything
 * but what setting it up needs (@AllowBeforeMfa), with MFA_ENROLMENT_REQUIRED.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  private contextFor(req: HomewardRequest, actor: Actor | null, permission: Permission | null) {
    const language = actor?.language ?? languageOf(req);
    return new RequestContext(
      actor,
      originOf(req),
      language,
      this.clock,
      this.dataSource.manager,
      permission,
    );
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      if (context.getType<string>() === 'graphql') {
        const gql = GqlExecutionContext.create(context);
        const { req } = gql.getContext<GraphQLContext>();
        keepContext(req, gql.getInfo(), this.contextFor(req, null, null));
      }
      return true;
    }

    const permission = this.reflector.getAllAndOverride<Permission | undefined>(
      PERMISSION_KEY,
      targets,
    );
    if (!permission) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no permission; refused.`,
      );
      throw forbidden();
    }
    if (context.getType<string>() !== 'graphql') throw forbidden();

    const { req, reply } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    const actor = await this.sessions.authenticate(req, reply);
    if (!actor) throw notSignedIn();
    if (!roleMay(actor.role, permission)) throw forbidden();
    if (
      mustEnrolSecondFactor(actor.role, actor.totpEnabled === true, this.config.requireStaffMfa) &&
      !this.reflector.getAllAndOverride<boolean>(BEFORE_MFA_KEY, targets)
    ) {
      throw new DomainError('MFA_ENROLMENT_REQUIRED');
    }
    // The operation's own guard runs first; field resolvers keep the operation's context.
    keepContext(
      req,
      GqlExecutionContext.create(context).getInfo(),
      this.contextFor(req, actor, permission),
    );
    return true;
  }
}
