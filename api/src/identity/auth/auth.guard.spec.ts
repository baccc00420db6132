import { DataSource } from 'typeorm';
import { DomainError } from '../../platform/domain-error';
import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor } from '../../platform/actor';
import { AuthGuard } from './auth.guard';
import { Allow, Public } from './decorators';
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

function contextFor(method: keyof ExampleResolver): ExecutionContext {
  const context = {
    getHandler: () => ExampleResolver.prototype[method],
    getClass: () => ExampleResolver,
    getType: () => 'graphql',
  } as unknown as ExecutionContext;
  jest.spyOn(GqlExecutionContext, 'create').mockReturnValue({
    getContext: () => ({ req: {}, reply: {} }),
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
});
