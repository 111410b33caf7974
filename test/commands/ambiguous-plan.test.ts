// A plan named by a part two plans share (广州 of 广州5G应用 and 广州新基建) is not “找不到规划”:
// the reply names both (issue 13, a new user's first try), in chat and in `duban digest --plan`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { test, tempDir } from '../support/fixtures.ts';
import { loadGoldPlans, say } from '../support/chat.ts';
import { followedPlans } from '../../src/progress/follow.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('a plan name two plans share', () => {
  test('GIVEN /duban follow 广州 and /duban digest plan:广州 THEN both plans are named and nothing is followed; 广州新基建 alone works', async ({ store, clock }) => {
    loadGoldPlans(store);
    for (const text of ['/duban follow 广州', '/duban digest plan:广州']) {
      const reply = await say(store, clock, text, { isCoordinator: true, channel: 'C7' });
      expect(reply!.text).toContain('有几个规划都对得上');
      expect(reply!.text).toContain('广州5G应用');
      expect(reply!.text).toContain('广州新基建');
      expect(reply!.ephemeral).toBe(true);
    }
    expect(followedPlans(store, 'T1', 'C7')).toHaveLength(0);
    const ok = await say(store, clock, '/duban follow 广州新基建', { isCoordinator: true, channel: 'C7' });
    expect(ok!.text).toContain('本频道已关注');
    const none = await say(store, clock, '/duban follow 杭州', { isCoordinator: true, channel: 'C7' });
    expect(none!.text).toContain('找不到规划“杭州”');
  });

  test('GIVEN duban digest --plan 广州 THEN exit 1 and both plans named on stderr', () => {
    const { dir, cleanup } = tempDir();
    try {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'duban.js'), 'digest', '--week', '2022-W10', '--plan', '广州'], {
        cwd: ROOT, encoding: 'utf8', env: { ...process.env, DUBAN_DB: join(dir, 'd.sqlite'), DUBAN_SEEDS: join(ROOT, 'seeds') },
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('"广州" matches several plans: 广州5G应用、广州新基建');
      expect(r.stdout).toBe('');
    } finally {
      cleanup();
    }
  }, 180_000);
});
