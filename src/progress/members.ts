// Members: a chat user joins one or more units of their workspace (alias-aware, confirmed back with
// the plan's own name); a coordinator can add or remove anyone. All rows carry the tenant.
import { DubanError } from '../core/errors.ts';
import type { Store } from '../store/open.ts';
import { membersOfTenant, unitsOfUser, type Member } from '../store/progress-reader.ts';
import { addMember as writeMember, removeMember as deleteMember } from '../store/progress-writer.ts';
import { requireUnit } from './resolve.ts';

export interface JoinInput {
  tenant: string;
  user: string;
  userName?: string;
  /** What the user typed: 市工信局, 工业和信息化局, 廣州市工業和信息化局 … */
  unit: string;
  now: Date;
}

export interface JoinResult {
  /** The unit's name as the plan writes it: confirm this back to the user. */
  unit: string;
  unitId: number;
  alreadyMember: boolean;
}

export function joinUnit(store: Store, input: JoinInput): JoinResult {
  const unit = requireUnit(store, input.unit);
  const already = unitsOfUser(store, input.tenant, input.user).some((m) => m.unitId === unit.id);
  writeMember(store, { tenant: input.tenant, user: input.user, userName: input.userName, unitId: unit.id, addedBy: input.user, at: input.now.getTime() });
  return { unit: unit.name, unitId: unit.id, alreadyMember: already };
}

export function leaveUnit(store: Store, input: { tenant: string; user: string; unit: string }): { unit: string; removed: boolean } {
  const unit = requireUnit(store, input.unit);
  return { unit: unit.name, removed: deleteMember(store, { tenant: input.tenant, user: input.user, unitId: unit.id }) };
}

export interface CoordinatorInput {
  tenant: string;
  /** The acting user; must be a coordinator (the adapter decides: Discord Manage Server, Slack admins…). */
  by: string;
  isCoordinator: boolean;
  user: string;
  userName?: string;
  unit: string;
  now: Date;
}

export function addMember(store: Store, input: CoordinatorInput): JoinResult {
  if (!input.isCoordinator) throw new DubanError('not_coordinator');
  const unit = requireUnit(store, input.unit);
  const already = unitsOfUser(store, input.tenant, input.user).some((m) => m.unitId === unit.id);
  writeMember(store, { tenant: input.tenant, user: input.user, userName: input.userName, unitId: unit.id, addedBy: input.by, at: input.now.getTime() });
  return { unit: unit.name, unitId: unit.id, alreadyMember: already };
}

export function removeMember(store: Store, input: Omit<CoordinatorInput, 'now' | 'userName'>): { unit: string; removed: boolean } {
  if (!input.isCoordinator) throw new DubanError('not_coordinator');
  const unit = requireUnit(store, input.unit);
  return { unit: unit.name, removed: deleteMember(store, { tenant: input.tenant, user: input.user, unitId: unit.id }) };
}

export function listMembers(store: Store, tenant: string): Member[] {
  return membersOfTenant(store, tenant);
}

export function unitsOfMember(store: Store, tenant: string, user: string): Member[] {
  return unitsOfUser(store, tenant, user);
}
