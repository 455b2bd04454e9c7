import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { RateLimiter } from '../http/rate-limiter';

const WINDOW_MS = 15 * 60_000;
/** Password checks waiting for a slot beyond this are refused rather than queued: argon2id takes 64 MiB each. */
const MAX_WAITING = 32;

/**
 * Brute force and a cheap denial of service both go through login: failed attempts are counted per caller and per
 * account (a success clears the account's count), and at most one argon2 check runs per core at a time.
 */
@Injectable()
export class LoginThrottle {
  private readonly perCaller = new RateLimiter(20, WINDOW_MS);
  private readonly perAccount = new RateLimiter(5, WINDOW_MS);
  private readonly slots = Math.max(1, availableParallelism());
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  /** 429 with the seconds to wait when the caller or the account has used its failed attempts. */
  admit(caller: string, email: string): void {
    const wait = Math.max(this.perCaller.blocked(caller) ?? 0, this.perAccount.blocked(email) ?? 0);
    if (wait > 0) throw tooManyAttempts(wait);
  }

  failed(caller: string, email: string): void {
    this.perCaller.take(caller);
    this.perAccount.take(email);
  }

  succeeded(email: string): void {
    this.perAccount.forget(email);
  }

  /** Runs a password check in one of the slots, waiting for one when all are busy. */
  async checking<T>(check: () => Promise<T>): Promise<T> {
    if (this.running >= this.slots) {
      if (this.waiting.length >= MAX_WAITING) throw tooManyAttempts(1);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running += 1;
    try {
      return await check();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }
}

const tooManyAttempts = (retryAfter: number): HttpException =>
  new HttpException(
    { message: 'too many login attempts; try again later', code: 'TooManyLoginAttempts', retryAfter },
    HttpStatus.TOO_MANY_REQUESTS,
  );
