import { registerStreams, userDecider } from '@app/domain';
import { loadAggregate } from '@app/audit';
import { type Stores, hashPassword, passwordProblem, verifyPassword } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiError } from '../common/api-error';
import { StreamQueue } from '../commands/stream-queue';
import { ImportSlots } from '../import';
import { STORES } from '../stores/stores.providers';
import { UserAccounts } from '../users/user-accounts';
import type { SignInDto } from './sign-in.dto';
import { PasswordHashes } from '../auth/password-hashes';
import { type IssuedSession, SessionIssuer, type SignInRequest, selfContext } from './session-issuer';
import { SignInThrottle } from './sign-in-throttle';

/**
 * Every refused sign-in answers no sooner than this after it arrived, whether the name was unknown
 * or the password wrong: the work behind the two differs (a failure recorded in the log), the time
 * to the answer does not.
 */
export const REFUSAL_FLOOR_MS = 400;
const SIGN_INS_AT_ONCE = 8;

/** The account's sign-in name, as the vault claims it (user-accounts.ts). */
export const signInName = (department: string, employeeNumber: string) =>
  `${department}/${employeeNumber}`.normalize('NFKC');

const refused = () =>
  new ApiError(401, 'SIGN_IN_FAILED', 'The department, employee number or password is wrong');

/** Password sign-in (docs/security.md, "Sign-in"): argon2id, growing delays, a lock, a forced change. */
@Injectable()
export class PasswordSignIn {
  private readonly hashes: PasswordHashes;
  private readonly throttle: SignInThrottle;
  /** Attempts on one name take turns in this process, so parallel guesses meet the delays. */
  private readonly turns = new StreamQueue();
  /**
   * Sign-ins checked at once in this process: each argon2id check holds 19 MiB and a thread of
   * libuv's pool (shared with file reads), so a flood of guesses under many names is answered 503
   * SIGN_IN_BUSY rather than queued without end. The public rate limit counts them per address too.
   */
  private readonly slots = new ImportSlots(SIGN_INS_AT_ONCE);

  constructor(
    @Inject(STORES) private readonly stores: Stores,
    private readonly accounts: UserAccounts,
    private readonly sessions: SessionIssuer,
  ) {
    this.hashes = new PasswordHashes(stores.records);
    this.throttle = new SignInThrottle(stores.records);
  }

  async signIn(dto: SignInDto, request: SignInRequest): Promise<IssuedSession> {
    const name = signInName(dto.department, dto.employeeNumber);
    const started = performance.now();
    const slot = this.slots.tryTake();
    if (!slot) {
      throw new ApiError(
        503,
        'SIGN_IN_BUSY',
        'Too many sign-ins at once; try again',
        { retryAfterSeconds: 1 },
        1,
      );
    }
    try {
      return await this.turns.run(name, () => this.attempt(name, dto, request));
    } catch (error) {
      slot.release();
      if (error instanceof ApiError && error.code === 'SIGN_IN_FAILED') {
        await sleep(Math.max(0, REFUSAL_FLOOR_MS - (performance.now() - started)));
      }
      throw error;
    } finally {
      slot.release();
    }
  }

  private async attempt(name: string, dto: SignInDto, request: SignInRequest): Promise<IssuedSession> {
    const now = request.now.getTime();
    const admission = await this.throttle.admit(name, now);
    if (admission.kind !== 'admitted') throw notNow(admission.kind, admission.retryAfterSeconds);
    const userId = await this.accounts.vault().findIdentity('employeeNumber', name);
    const user = userId ? await this.accounts.users().get(userId) : undefined;
    const stored = user ? await this.hashes.of(user.id, now) : undefined;
    if (!user || !(await verifyPassword(stored, dto.password))) {
      await this.throttle.failed(name, now);
      if (user && !user.erased) {
        const reason = stored === undefined ? 'password-not-set' : 'wrong-password';
        await this.accounts.decide(
          user.id,
          {
            kind: 'RecordSignInFailure',
            userId: user.id,
            method: 'password',
            reason,
            at: request.now.toISOString(),
          },
          selfContext(user, request),
        );
      }
      throw refused();
    }
    const { state } = await loadAggregate(this.stores.events, registerStreams.user(user.id), userDecider);
    if (!state.registered || state.erased) throw refused();
    if (state.status === 'disabled') {
      await this.accounts.decide(
        user.id,
        {
          kind: 'RecordSignInFailure',
          userId: user.id,
          method: 'password',
          reason: 'disabled',
          at: request.now.toISOString(),
        },
        selfContext(user, request),
      );
      throw ApiError.forbidden('USER_DISABLED', 'This account is disabled');
    }
    if (state.lockedUntil !== undefined && Date.parse(state.lockedUntil) > now) {
      throw notNow('locked', Math.ceil((Date.parse(state.lockedUntil) - now) / 1000));
    }
    if (state.mustChangePassword) await this.changeFirst(user.id, dto, request);
    await this.throttle.cleared(name);
    return this.sessions.begin(user, 'password', request);
  }

  /** At the first sign-in after a reset, the official sets their own password before anything else. */
  private async changeFirst(userId: string, dto: SignInDto, request: SignInRequest): Promise<void> {
    if (dto.newPassword === undefined) {
      throw ApiError.forbidden(
        'PASSWORD_CHANGE_REQUIRED',
        'Set your own password: sign in again with newPassword',
      );
    }
    await this.setOwn(userId, dto.password, dto.newPassword, 'newPassword', request);
  }

  /** Checks the new password against the policy and the old one, stores its hash and records the change. */
  async setOwn(
    userId: string,
    current: string,
    next: string,
    field: string,
    request: SignInRequest,
  ): Promise<void> {
    const problem =
      passwordProblem(next) ?? (next === current ? 'must differ from the current password' : undefined);
    if (problem) throw ApiError.invalid([{ field, reason: problem, rule: 'passwordPolicy' }]);
    const user = await this.accounts.view(userId);
    await this.hashes.store(userId, await hashPassword(next));
    await this.accounts.decide(userId, { kind: 'SetPassword', userId }, selfContext(user, request));
  }

  /** Whether `password` is the official's current one (for a change of password while signed in). */
  async isCurrent(userId: string, password: string, now: number): Promise<boolean> {
    return verifyPassword(await this.hashes.of(userId, now), password);
  }
}

function notNow(kind: 'too-soon' | 'locked', retryAfterSeconds: number): ApiError {
  return kind === 'locked'
    ? new ApiError(
        429,
        'SIGN_IN_LOCKED',
        'Too many failed sign-ins: try again later',
        { retryAfterSeconds },
        retryAfterSeconds,
      )
    : new ApiError(
        429,
        'SIGN_IN_TOO_SOON',
        'Wait before the next attempt',
        { retryAfterSeconds },
        retryAfterSeconds,
      );
}
