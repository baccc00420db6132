import { DataSource } from 'typeorm';
import { DomainError } from '../../platform/domain-error';
import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor } from '../../platform/actor';
import type { HomewardRequest } from '../../platform/request-context';
import { AuthGuard } from './auth.guard';
import { Allow, AllowBeforeMfa, Public } from '../../platform/decorators';
import { loadConfig } from '../../platform/config/app-config';
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

  @Allow('mfa.manage')
  @AllowBeforeMfa()
  enrol(): string {
    return 'enrol';
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

function guardWith(actor: Partial<Actor> | null, requireStaffMfa = false) {
  const sessions = {
    authenticate: jest.fn().mockResolvedValue(actor),
  } as unknown as SessionService;
  const clock = { now: () => new Date('2026-01-01T00:00:00Z') };
  const dataSource = { manager: {} } as unknown as DataSource;
  const config = loadConfig({
    DATABASE_URL: 'postgres://x/y',
    REQUIRE_STAFF_MFA: String(requireStaffMfa),
  });
  return {
    guard: new AuthGuard(new Reflector(), sessions, dataSource, clock, config),
    sessions,
  };
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

describe('AuthGuard: a second factor required of staff', () => {
  const reasonOf = async (promise: Promise<unknown>) =>
    promise.then(
      () => 'ALLOWED',
      (e: DomainError) => e.reason,
    );

  it('lets staff without one reach only what setting it up needs', async () => {
    const { guard } = guardWith({ role: 'COUNSELOR', totpEnabled: false }, true);
    expect(await reasonOf(guard.canActivate(contextFor('staffOnly')))).toBe(
      'MFA_ENROLMENT_REQUIRED',
    );
    expect(await reasonOf(guard.canActivate(contextFor('enrol')))).toBe('ALLOWED');
  });

  it('treats an actor who does not say as one without a second factor (closed by default)', async () => {
    const { guard } = guardWith({ role: 'ADMIN' }, true);
    expect(await reasonOf(guard.canActivate(contextFor('staffOnly')))).toBe(
      'MFA_ENROLMENT_REQUIRED',
    );
  });

  it('lets staff with one, and everyone when it is not required, through as before', async () => {
    const enrolled = guardWith({ role: 'ADMIN', totpEnabled: true }, true).guard;
    expect(await reasonOf(enrolled.canActivate(contextFor('staffOnly')))).toBe('ALLOWED');
    const notRequired = guardWith({ role: 'ADMIN', totpEnabled: false }, false).guard;
    expect(await reasonOf(notRequired.canActivate(contextFor('staffOnly')))).toBe('ALLOWED');
  });

  it('still answers FORBIDDEN first when the role may not call it at all', async () => {
    const { guard } = guardWith({ role: 'FAMILY', totpEnabled: false }, true);
    expect(await code(guard.canActivate(contextFor('enrol')))).toBe('FORBIDDEN');
  });
});
