/**
 * Load generator for bench/ingest.ts, run as a separate `node` process so the load does not
 * share an event loop with the measuring script. Config arrives as JSON in argv[2]; the result
 * is one JSON line on stdout.
 *
 * Every request carries a fresh batch: `batchSize` events with new random UUIDs (so nothing is
 * deduplicated away), one of `browsers` pre-generated browser ids, the consenting TC string,
 * and brands/articles picked from the seeded set. The batch body is assembled from pre-built
 * per-event fragments, so generating it costs ~20 µs and does not limit the measured rate.
 */
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";

const config = JSON.parse(process.argv[2]);
const { url, seconds, connections, batchSize, tc, targets, browsers } = config;

const browserIds = Array.from({ length: browsers }, (_, i) => `benchbrowser${String(i).padStart(8, "0")}x`);
const devices = ["desktop", "mobile", "tablet"];
const referrers = ["direct", "search", "social", "internal", "newsletter", "other"];
// Per-event JSON after the id: {"id":"<uuid>" + tail; tails vary type/brand/article/device.
const tails = Array.from({ length: 256 }, (_, i) => {
  const target = targets[i % targets.length];
  const isPageview = i % 4 === 0;
  return (
    `","type":"${isPageview ? "pageview" : "heartbeat"}","brand":"${target.brand}","article":${target.article},` +
    `"occurredAt":"@AT@","engagedSeconds":${isPageview ? 0 : 15},"scrollDepth":${(i * 7) % 101},` +
    `"device":"${devices[i % 3]}","referrerKind":"${referrers[i % 6]}"}`
  );
});

let sequence = 0;
function makeBody() {
  const at = new Date().toISOString();
  const browserId = browserIds[sequence % browserIds.length];
  let events = "";
  for (let i = 0; i < batchSize; i++) {
    const tail = tails[(sequence * 31 + i) % tails.length].replace("@AT@", at);
    events += `${i ? "," : ""}{"id":"${randomUUID()}${tail}`;
  }
  sequence++;
  return `{"tc":"${tc}","browserId":"${browserId}","events":[${events}]}`;
}

const instance = autocannon(
  {
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 30,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "text/plain;charset=UTF-8" },
        setupRequest(request) {
          request.body = makeBody();
          return request;
        },
      },
    ],
  },
  (error, result) => {
    if (error) {
      console.error(`[load] ${error.message}`);
      process.exit(1);
    }
    const statusCounts = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, Number(s.count)]));
    process.stdout.write(
      JSON.stringify({
        duration: result.duration,
        ok: result["2xx"],
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        statusCounts,
        latency: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.average },
      }) + "\n",
    );
  },
);

let lastTick = 0;
instance.on("tick", ({ counter }) => {
  lastTick++;
  if (lastTick % 5 === 0) console.error(`[load] ${lastTick}s: ${counter} req/s (${counter * batchSize} events/s)`);
});
