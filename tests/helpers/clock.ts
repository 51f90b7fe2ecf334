/**
 * Waits out the last seconds of a rate-limit window, so a test that counts admissions
 * within one window does not straddle two (where the sliding weight may round in one
 * extra request).
 */
export async function awayFromWindowEdge(marginMs = 5_000): Promise<void> {
  const intoWindow = Date.now() % 60_000;
  if (intoWindow > 60_000 - marginMs) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoWindow + 50));
}
