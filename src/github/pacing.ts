// GitHub's pacing, in milliseconds per second: the client spaces writes about a second apart
// (three for those that notify people), waits out rate limits for the seconds GitHub asks,
// and polls SARIF processing every few seconds. Tests run the Action against a GitHub on the
// loopback interface and would spend most of their time waiting, so there, and only there,
// KUBEGATE_LOOPBACK_API_SECOND_MS shortens the second. Against any other host the variable
// is ignored: no workflow can make kubegate pace GitHub's real API faster.

const SECOND_MS = 1000;

function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** How many milliseconds one second of API pacing lasts for this API URL. */
export function apiSecondMs(apiUrl: string, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.KUBEGATE_LOOPBACK_API_SECOND_MS;
  if (raw === undefined || raw === '') return SECOND_MS;
  let host: string;
  try {
    host = new URL(apiUrl).hostname;
  } catch {
    return SECOND_MS;
  }
  const ms = Number(raw);
  if (!isLoopback(host) || !Number.isFinite(ms) || ms < 0) return SECOND_MS;
  return Math.min(ms, SECOND_MS);
}
