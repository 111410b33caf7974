// SQL for the ledger (台账): every task of every plan's current version, its units by role and
// deadlines, and the latest report of one workspace. Plans are shared by all workspaces (0001);
// progress is not (0002): the report part is always filtered by tenant.
import type { Store } from './open.ts';
import type { LadderEntry, LedgerRow } from '../ledger/ledger-row.ts';

interface TaskRow {
  task_id: number;
  task_key_id: number;
  plan: string;
  number: string;
  title: string;
}

interface LatestReport {
  status: string | null;
  percent: number | null;
  note: string | null;
  expected: string | null;
  blocker: string | null;
  reported_at: number;
  unit: string | null;
}

function hasTable(store: Store, name: string): boolean {
  return store.reader.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** Workspaces with members or reports in this store, sorted. */
export function listLedgerTenants(store: Store): string[] {
  const sources = ['reports', 'members'].filter((t) => hasTable(store, t));
  if (!sources.length) return [];
  const sql = sources.map((t) => `SELECT tenant FROM ${t}`).join(' UNION ');
  return (store.reader.prepare(`SELECT DISTINCT tenant FROM (${sql}) ORDER BY tenant`).all() as Array<{ tenant: string }>).map((r) => r.tenant);
}

export function readLedger(store: Store, opts: { tenant: string | null }): LedgerRow[] {
  const db = store.reader;
  const tasks = db
    .prepare(
      `SELECT t.id AS task_id, t.task_key_id, p.title AS plan, t.number, t.title
       FROM plans p JOIN tasks t ON t.version_id = p.current_version_id
       ORDER BY p.id, t.ord`,
    )
    .all() as TaskRow[];
  // The task's own lists (clause_id IS NULL: the union of its clauses), in the order the plan names them.
  const assignments = db.prepare(
    `SELECT a.role, u.name FROM assignments a JOIN units u ON u.id = a.unit_id
     WHERE a.task_id = ? AND a.clause_id IS NULL ORDER BY a.ord`,
  );
  const deadlines = db.prepare('SELECT DISTINCT date FROM deadlines WHERE task_id = ? ORDER BY date');
  const latest = opts.tenant !== null ? latestReportQuery(store) : null;
  const ladder = opts.tenant !== null ? ladderOfTenant(store, opts.tenant) : new Map<number, LadderEntry[]>();

  return tasks.map((t) => {
    const roles = { lead: [] as string[], support: [] as string[], responsible: [] as string[] };
    for (const a of assignments.all(t.task_id) as Array<{ role: keyof typeof roles; name: string }>) roles[a.role].push(a.name);
    const report = latest ? latest(opts.tenant!, t) : undefined;
    return {
      plan: t.plan,
      taskId: t.number,
      taskTitle: t.title,
      leads: roles.lead,
      supports: roles.support,
      responsible: roles.responsible,
      deadlines: (deadlines.all(t.task_id) as Array<{ date: string }>).map((d) => d.date),
      status: report?.status ?? null,
      percent: report?.percent ?? null,
      reportedAt: report ? new Date(report.reported_at) : null,
      reportedBy: report?.unit ?? null,
      note: report?.note ?? null,
      expected: report?.expected ?? null,
      blocker: report?.blocker ?? null,
      ladder: ladder.get(t.task_key_id) ?? [],
    };
  });
}

/**
 * The latest report of a tenant on a task (any unit), or null while the progress tables do not
 * exist. Status, percent and note come from the latest report that said something: a later
 * 本周无新进展 moves the report date on but does not blank the status (issue 4: it counts as a report).
 */
function latestReportQuery(store: Store): ((tenant: string, t: TaskRow) => LatestReport | undefined) | null {
  if (!hasTable(store, 'reports')) return null;
  const db = store.reader;
  // Reports reference task_keys (0002), so progress recorded against an older version of the plan
  // still shows against the same task of the current version.
  const last = db.prepare(
    `SELECT r.reported_at, r.note, r.no_change, u.name AS unit FROM reports r JOIN units u ON u.id = r.unit_id
     WHERE r.tenant = ? AND r.task_key_id = ? ORDER BY r.reported_at DESC, r.id DESC LIMIT 1`,
  );
  const said = db.prepare(
    `SELECT status, percent, note, expected, blocker FROM reports
     WHERE tenant = ? AND task_key_id = ? AND no_change = 0 ORDER BY reported_at DESC, id DESC LIMIT 1`,
  );
  return (tenant, t) => {
    const l = last.get(tenant, t.task_key_id) as { reported_at: number; note: string | null; no_change: number; unit: string } | undefined;
    if (!l) return undefined;
    const s = said.get(tenant, t.task_key_id) as { status: string | null; percent: number | null; note: string | null; expected: string | null; blocker: string | null } | undefined;
    return {
      status: s?.status ?? null,
      percent: s?.percent ?? null,
      expected: s?.expected ?? null,
      blocker: s?.blocker ?? null,
      note: l.no_change ? (l.note ?? '本周无新进展') : (l.note ?? s?.note ?? null),
      reported_at: l.reported_at,
      unit: l.unit,
    };
  };
}

/** The 督办 ladder's steps of a tenant per task key (0009), oldest first; empty before that table exists. */
function ladderOfTenant(store: Store, tenant: string): Map<number, LadderEntry[]> {
  const out = new Map<number, LadderEntry[]>();
  if (!hasTable(store, 'ladder_steps')) return out;
  const rows = store.reader.prepare('SELECT task_key_id, level, units, fired_at FROM ladder_steps WHERE tenant = ? ORDER BY fired_at').all(tenant) as Array<{ task_key_id: number; level: LadderEntry['level']; units: string; fired_at: number }>;
  for (const r of rows) out.set(r.task_key_id, [...(out.get(r.task_key_id) ?? []), { level: r.level, at: new Date(r.fired_at), units: JSON.parse(r.units) as string[] }]);
  return out;
}
