/**
 * Waits until `probe` holds, checking again whenever other work has had a turn. Tests wait on what
 * they expect to happen, never for a fixed time: a loaded machine only makes the wait longer. The
 * bound is far beyond any honest wait and only turns a hang into a failure with a message.
 */
export async function eventually(
  probe: () => boolean | Promise<boolean>,
  what: string,
  boundMs = 25_000,
): Promise<void> {
  const deadline = Date.now() + boundMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what} after ${boundMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
