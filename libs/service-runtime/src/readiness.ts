// Each infrastructure piece a service depends on reports whether it can serve now.
export interface ReadinessCheck {
  name: string;
  isReady(): Promise<boolean>;
}

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');
