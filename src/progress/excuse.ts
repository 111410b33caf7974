// A coordinator excuses a unit for a week: no reminder, and the digest lists it as excused, not missing.
import { DubanError } from '../core/errors.ts';
import type { Store } from '../store/open.ts';
import { deleteExcuse, writeExcuse } from '../store/progress-writer.ts';
import { requireUnit } from './resolve.ts';
import { isValidWeek } from '../core/week.ts';

export interface ExcuseInput {
  tenant: string;
  by: string;
  isCoordinator: boolean;
  unit: string;
  week: string;
  reason?: string;
  now: Date;
}

export function excuseUnit(store: Store, input: ExcuseInput): { unit: string; week: string } {
  if (!input.isCoordinator) throw new DubanError('not_coordinator');
  if (!isValidWeek(input.week)) throw new DubanError('bad_date', input.week);
  const unit = requireUnit(store, input.unit);
  writeExcuse(store, { tenant: input.tenant, unitId: unit.id, week: input.week, by: input.by, reason: input.reason, at: input.now.getTime() });
  return { unit: unit.name, week: input.week };
}

export function unexcuseUnit(store: Store, input: Omit<ExcuseInput, 'reason' | 'now'>): { unit: string; removed: boolean } {
  if (!input.isCoordinator) throw new DubanError('not_coordinator');
  const unit = requireUnit(store, input.unit);
  return { unit: unit.name, removed: deleteExcuse(store, { tenant: input.tenant, unitId: unit.id, week: input.week }) };
}
