// SQL for the ledger (台账): every task of every current plan version, its units by role, deadlines,
// and the latest report of one workspace. Provisional until migrations 0001/0002 land.
import type { Store } from './open.ts';
import type { LedgerRow } from '../ledger/ledger-row.ts';

/** Workspaces with members or reports in this store, sorted. */
export function listLedgerTenants(_store: Store): string[] {
  return [];
}

export function readLedger(_store: Store, _opts: { tenant: string | null }): LedgerRow[] {
  throw new Error('the ledger needs the plan and progress tables (migrations 0001, 0002), not in this store yet');
}
