import type { SignedInUser } from '@onewindow/gateway-api';

/**
 * Who may sign in, and as what (身份认证). The gateway issues its own tokens and audits every sign-in
 * whatever proves the identity; only this part differs between the local password accounts and, later,
 * a county's government single sign-on over OpenID Connect (see docs/gateway-auth.md). The services
 * never notice: they see the caller (username, posts, counties) in gRPC metadata either way.
 */
export interface IdentityProvider<Proof> {
  /** Checks the proof; `now` is the gateway's clock so lockouts can be tested without waiting. */
  authenticate(proof: Proof, now: Date): Promise<Authentication>;
  /** The identity as it stands now, checked at every refresh; undefined once the account is gone or disabled. */
  currentIdentity(username: string): Promise<SignedInUser | undefined>;
}

/** What the audit log needs to know about an account that could not sign in. */
export interface AccountOnRecord {
  roles: SignedInUser['roles'];
  counties: string[];
}

export type Authentication =
  | { outcome: 'verified'; user: SignedInUser }
  | {
      outcome: 'refused';
      /** For the audit log only; the client hears the same thing for every reason but 'disabled'. */
      reason: 'unknown-user' | 'wrong-password' | 'disabled';
      account?: AccountOnRecord;
    }
  | {
      outcome: 'locked';
      until: Date;
      /** True for the wrong password that imposed the lock, false for an attempt while locked. */
      justLocked: boolean;
      account: AccountOnRecord;
      /** What the person is told (423), in Chinese and English, with the time the lock ends. */
      message: string;
    };

export interface PasswordProof {
  username: string;
  password: string;
}

export const PASSWORD_IDENTITY_PROVIDER = Symbol('PasswordIdentityProvider');
