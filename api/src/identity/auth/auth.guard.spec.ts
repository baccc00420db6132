import { DataSource } from 'typeorm';
import { DomainError } from '../../platform/domain-error';
import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor } from '../../platform/actor';
import type { HomewardRequest } from '../../platform/request-context';
import { AuthGuard } from './auth.guard';
import { Allow, Public } from '../../platform/decorators';
import { SessionService } from './session.service';

class ExampleResolver {
  @Public()
  open(): string {
    return 'open';
  }

  @Allow('people.list')
  staffOnly(): string {
    return 'staff';
  }

  undeclared(): string {
    return 'undeclared';
  }
}

function contextFor(
  method: keyof ExampleResolver,
  req: Partial<HomewardRequest> = { headers: {}, ip: '203.0.113.9' },
): ExecutionContext {
  const context = {
    getHandler: () => ExampleResolver.prototype[method],
    getClass: () => ExampleResolver,
    getType: () => 'graphql',
  } as unknown as ExecutionContext;
  jest.spyOn(GqlExecutionContext, 'create').mockReturnValue({
    getContext: () => ({ req, reply: {} }),
    getInfo: () => ({ path: { key: method, prev: undefined } }),
  } as unknown as GqlExecutionContext);
  return context;
}

function guardWith(actor: Partial<Actor> | null) {
  const sessions = {
    authenticate: jest.fn().mockResolvedValue(actor),
  } as unknown as SessionService;
  const clock = { now: () => new Date('2026-01-01T00:00:00Z') };
  const dataSource = { manager: {} } as unknown as DataSource;
  return { guard: new AuthGuard(new Reflector(), sessions, dataSource, clock), sessions };
}

const code = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'ALLOWED',
    (e: DomainError) => e.code,
  );

describe('AuthGuard: closed by default', () => {
  it('lets anyone call a @Public operation without looking up a session', async () => {
    const { guard, sessions } = guardWith(null);
    await expect(guard.canActivate(contextFor('open'))).resolves.toBe(true);
    expect(sessions.authenticate).not.toHaveBeenCalled();
  });

  it('refuses an operation that declares nothing, even for an admin', async () => {
    const { guard } = guardWith({ role: 'ADMIN' });
    expect(await code(guard.canActivate(contextFor('undeclared')))).toBe('FORBIDDEN');
  });

  it('answers UNAUTHENTICATED when nobody is signed in', async () => {
    const { guard } = guardWith(null);
    expect(await code(guard.canActivate(contextFor('staffOnly')))).toBe('UNAUTHENTICATED');
  });

  it('answers FORBIDDEN when the role lacks the permission, and allows the role that has it', async () => {
    expect(
      await code(guardWith({ role: 'FAMILY' }).guard.canActivate(contextFor('staffOnly'))),
    ).toBe('FORBIDDEN');
    expect(
      await code(guardWith({ role: 'COUNSELOR' }).guard.canActivate(contextFor('staffOnly'))),
    ).toBe('ALLOWED');
  });

  it('builds the request context once: the actor, their address and the language on their account', async () => {
    const req: Partial<HomewardRequest> = {
      headers: { 'accept-language': 'en-US' },
      ip: '203.0.113.9',
    };
    const { guard } = guardWith({ role: 'COUNSELOR', language: 'ES' });
    await guard.canActivate(contextFor('staffOnly', req));
    expect(req.context?.actor?.role).toBe('COUNSELOR');
    expect(req.context?.language).toBe('ES');
    expect(req.context?.origin.ip).toBe('203.0.113.9');
    expect(req.context?.permission).toBe('people.list');
  });

  it('reads the language a signed-out reader asks for, when we speak it', async () => {
    const spanish: Partial<HomewardRequest> = {
      headers: { 'accept-language': 'es-MX,es;q=0.9' },
      ip: '::1',
    };
    const german: Partial<HomewardRequest> = { headers: { 'accept-language': 'de-DE' }, ip: '::1' };
    const { guard } = guardWith(null);
    await guard.canActivate(contextFor('open', spanish));
    await guard.canActivate(contextFor('open', german));
    expect([spanish.context?.language, german.context?.language]).toEqual(['ES', 'EN']);
    expect(spanish.context?.actor).toBeNull();
  });
});
