import { z } from 'zod';

/** What a person may do. Everyone signed in to the tenant is a viewer; the rest is configured. */
export type Role = 'viewer' | 'editor' | 'changeTeam' | 'announcer' | 'admin';

export const ROLES: readonly Role[] = ['viewer', 'editor', 'changeTeam', 'announcer', 'admin'];

/** Role assignments: Entra object ids of people or groups per role (admin includes every role). */
export type RoleAssignments = Record<Exclude<Role, 'viewer'>, string[]>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const roleAssignmentsSchema = z
  .object({
    editor: z.array(z.string().regex(GUID)).default([]),
    changeTeam: z.array(z.string().regex(GUID)).default([]),
    announcer: z.array(z.string().regex(GUID)).default([]),
    admin: z.array(z.string().regex(GUID)).default([]),
  })
  .strict();

/** A signed-in person as the API sees them. */
export interface Principal {
  /** Entra object id. */
  oid: string;
  tenantId: string;
  name: string;
  roles: Set<Role>;
}

/** The roles of a person with object id `oid` who is a member of `groups`. */
export function rolesOf(oid: string, groups: string[], assignments: RoleAssignments): Set<Role> {
  const ids = new Set([oid.toLowerCase(), ...groups.map((g) => g.toLowerCase())]);
  const has = (list: string[]) => list.some((id) => ids.has(id.toLowerCase()));
  const roles = new Set<Role>(['viewer']);
  if (has(assignments.admin)) ROLES.forEach((r) => roles.add(r));
  for (const r of ['editor', 'changeTeam', 'announcer'] as const) if (has(assignments[r])) roles.add(r);
  return roles;
}
