/**
 * What an operation declares (who may call it) and what its resolver is handed (the request's
 * context). Read by identity's AuthGuard; kept here so every feature, identity's own included,
 * imports them from below.
 */
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Permission } from '@homeward/domain';
import { contextOfField, GraphQLContext, RequestContext } from './request-context';

export const PUBLIC_KEY = 'homeward:public';
export const PERMISSION_KEY = 'homeward:permission';
export const BEFORE_MFA_KEY = 'homeward:before-mfa';

/** Anyone may call this, signed in or not. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only signed-in people whose role holds this permission may call this. */
export const Allow = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

/**
 * Staff who must still turn on two-step sign-in (REQUIRE_STAFF_MFA) may call this: only what
 * setting it up needs. Every other operation refuses them (closed by default).
 */
export const AllowBeforeMfa = () => SetMetadata(BEFORE_MFA_KEY, true);

function contextOf(context: ExecutionContext): GraphQLContext {
  return GqlExecutionContext.create(context).getContext<GraphQLContext>();
}

/** The request and reply, for the few operations that set or clear the session cookie. */
export const GqlCtx = createParamDecorator(
  (_data: unknown, context: ExecutionContext): GraphQLContext => contextOf(context),
);

/** The request's context (actor, origin, language, clock), built by the guard for this root field. */
export const Ctx = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext => {
    const gql = GqlExecutionContext.create(context);
    const built = contextOfField(gql.getContext<GraphQLContext>().req, gql.getInfo());
    if (!built) throw new Error('Ctx used before the guard built the request context');
    return built;
  },
);
