import { Injectable } from '@nestjs/common';

/**
 * The time as sign-in sees it: lockouts, token expiry and refresh-token lifetimes are all decided
 * against this, so a test moves it forward instead of waiting 15 minutes.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
