// Who is signed in and which association the screens speak of (GET /api/v1/me).
import type { Schemas } from './api';

export interface Session {
  me: Schemas['Me'];
  organisation: Schemas['MyMembership'] | undefined;
}

export const session: Session = { me: undefined as unknown as Schemas['Me'], organisation: undefined };

export function activeMemberships(): Schemas['MyMembership'][] {
  return (session.me?.memberships ?? []).filter((m) => m.status === 'ACTIVE');
}

export function hasRole(...roles: Schemas['Role'][]): boolean {
  return (session.organisation?.roles ?? []).some((r) => roles.includes(r));
}

export function orgId(): string {
  return session.organisation!.organisationId;
}
