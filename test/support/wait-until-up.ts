// Waiting for a started `duban start` to answer HTTP (the seeds import first, so it takes a while).

/** Resolves once something answers at `url`; throws with `why()` when `gone()` or after `ms`. */
export async function waitUntilUp(url: string, gone: () => boolean, why: () => string, ms = 45_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch {
      if (Date.now() > until || gone()) throw new Error(`duban start did not come up: ${why()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
