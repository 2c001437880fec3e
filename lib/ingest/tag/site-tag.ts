/**
 * The Audience3D site tag (browser code; bundled and minified into site-tag.generated.ts by
 * `npm run build:tag`, served at /tag.js). Usage on a brand page:
 *
 *   <script async src="https://console.example/tag.js" data-brand="le-quotidien"
 *           data-article="123"></script>
 *
 * Attributes: data-brand (required), data-article (article id or URL; default: the canonical
 * link, else origin + path), data-endpoint (default: /api/collect next to the script),
 * data-tc (a TC string, used only when the page has no CMP — the demo), data-heartbeat-seconds
 * (engaged seconds per heartbeat, default 15, min 5).
 *
 * Privacy: the browser id is stored (localStorage, cookie fallback) only with TCF purpose 1
 * consent. Without it the tag uses a random per-page id that is never persisted, and on a
 * refusal it sends a stored id once (so the server records the withdrawal on that profile)
 * and then deletes it. Only a referrer *kind* leaves the page, never the referrer URL.
 */
import { hasPurposeConsent } from "./tc-purpose";

type TagEvent = {
  id: string;
  type: "pageview" | "heartbeat";
  brand: string;
  article: string;
  occurredAt: string;
  engagedSeconds: number;
  scrollDepth: number;
  device: string;
  referrerKind: string;
};

type TcfData = { eventStatus?: string; tcString?: string };
type TcfApi = (command: string, version: number, callback: (data: TcfData, success: boolean) => void) => void;

const STORAGE_KEY = "a3d_bid";
const ACTIVE_WINDOW_MS = 15_000;
const MAX_QUEUE = 500;

function randomBytes(n: number) {
  return crypto.getRandomValues(new Uint8Array(n));
}

/** RFC 4122 v4 from getRandomValues: crypto.randomUUID exists only on https pages. */
function uuid() {
  const b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => (x + 256).toString(16).slice(1)).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function newBrowserId() {
  return btoa(String.fromCharCode(...randomBytes(16)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

function readStoredId(): string | null {
  try {
    const id = localStorage.getItem(STORAGE_KEY);
    if (id) return id;
  } catch {
    /* storage blocked: fall back to the cookie */
  }
  const match = document.cookie.match(/(?:^|; )a3d_bid=([A-Za-z0-9_-]{16,64})/);
  return match ? match[1] : null;
}

function writeStoredId(id: string | null) {
  try {
    if (id) localStorage.setItem(STORAGE_KEY, id);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* storage blocked */
  }
  // 13 months: the group's tracker retention.
  document.cookie = `${STORAGE_KEY}=${id ?? ""}; path=/; SameSite=Lax; max-age=${id ? 34_128_000 : 0}`;
}

function detectDevice() {
  const ua = navigator.userAgent;
  if (/iPad|Tablet|PlayBook|Silk|Android(?!.*Mobile)/i.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1)) {
    return "tablet";
  }
  return /Mobi|iPhone|iPod|Android|BlackBerry|Opera Mini|IEMobile/i.test(ua) ? "mobile" : "desktop";
}

function detectReferrerKind() {
  if (/[?&]utm_medium=(e-?mail|newsletter)/i.test(location.search)) return "newsletter";
  if (!document.referrer) return "direct";
  let host: string;
  try {
    host = new URL(document.referrer).hostname;
  } catch {
    return "other";
  }
  if (host === location.hostname) return "internal";
  if (/(^|\.)(google|bing|yahoo|duckduckgo|qwant|ecosia|yandex|baidu|startpage|lilo)\./i.test(host)) return "search";
  if (/(^|\.)(facebook|instagram|t|twitter|x|linkedin|lnkd|reddit|pinterest|tiktok|youtube|threads|bsky|whatsapp|snapchat)\.[a-z]+$/i.test(host)) {
    return "social";
  }
  return "other";
}

function measureScrollDepth() {
  const el = document.documentElement;
  const height = Math.max(el.scrollHeight, document.body ? document.body.scrollHeight : 0);
  return height ? Math.min(100, Math.round(((window.scrollY + window.innerHeight) / height) * 100)) : 0;
}

function startTag(script: HTMLScriptElement) {
  const data = script.dataset;
  const brand = data.brand;
  if (!brand) return;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  const article = data.article || (canonical && canonical.href) || location.origin + location.pathname;
  const endpoint = data.endpoint ? new URL(data.endpoint, location.href).href : new URL("/api/collect", script.src).href;
  const heartbeatSeconds = Math.max(5, Number(data.heartbeatSeconds) || 15);
  const device = detectDevice();
  const referrerKind = detectReferrerKind();

  let tc: string | undefined;
  let isConsentKnown = false;
  let browserId = newBrowserId(); // per-page until consent allows a stored one
  let pendingForget = false;
  let queue: TagEvent[] = [];
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let engaged = 0;
  let maxScroll = measureScrollDepth();
  let lastActivity = Date.now();

  function push(type: TagEvent["type"], engagedSeconds: number) {
    queue.push({
      id: uuid(),
      type,
      brand: brand!,
      article,
      occurredAt: new Date().toISOString(),
      engagedSeconds,
      scrollDepth: maxScroll,
      device,
      referrerKind,
    });
    if (queue.length > MAX_QUEUE) queue = queue.slice(-MAX_QUEUE);
  }

  function send(isUnloading: boolean) {
    // Wait for the CMP's answer, except when the page goes away (then send unlinked).
    if (!queue.length || (!isConsentKnown && !isUnloading)) return;
    const events = queue;
    queue = [];
    const body = JSON.stringify({ tc, browserId, events });
    if (pendingForget) {
      pendingForget = false;
      browserId = newBrowserId();
    }
    // text/plain is CORS-safelisted: no preflight, and the same body sendBeacon would send.
    if (isUnloading && navigator.sendBeacon && navigator.sendBeacon(endpoint, body)) return;
    fetch(endpoint, { method: "POST", body, keepalive: true, credentials: "omit", headers: { "Content-Type": "text/plain" } })
      .then((res) => {
        if (res.status === 429 || res.status >= 500) retry(events, Number(res.headers.get("Retry-After")));
      })
      .catch(() => retry(events, 0));
  }

  // Retries are safe: the server ignores event ids it already has.
  function retry(events: TagEvent[], afterSeconds: number) {
    queue = events.concat(queue).slice(-MAX_QUEUE);
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => send(false), Math.min(60, Math.max(2, afterSeconds || 5)) * 1000);
  }

  function setConsent(value: string | undefined) {
    tc = value || undefined;
    const stored = readStoredId();
    if (hasPurposeConsent(tc, 1)) {
      browserId = stored || newBrowserId();
      if (!stored) writeStoredId(browserId);
    } else if (stored) {
      browserId = stored;
      pendingForget = true;
      writeStoredId(null);
    }
    isConsentKnown = true;
    send(false);
  }

  function flushEngaged(isUnloading: boolean) {
    if (engaged > 0) push("heartbeat", engaged);
    engaged = 0;
    send(isUnloading);
  }

  push("pageview", 0);

  const tcfapi = (window as unknown as { __tcfapi?: TcfApi }).__tcfapi;
  if (typeof tcfapi === "function") {
    tcfapi("addEventListener", 2, (tcData, success) => {
      if (success && tcData && (tcData.eventStatus === "tcloaded" || tcData.eventStatus === "useractioncomplete")) {
        setConsent(tcData.tcString);
      }
    });
  } else {
    setConsent(data.tc);
  }

  const markActive = () => {
    lastActivity = Date.now();
  };
  for (const type of ["scroll", "mousemove", "keydown", "touchstart", "pointerdown", "wheel"]) {
    addEventListener(type, markActive, { passive: true, capture: true });
  }
  addEventListener("scroll", () => {
    maxScroll = Math.max(maxScroll, measureScrollDepth());
  }, { passive: true });

  // Engaged time: one second counts when the page is visible and the reader was active recently.
  setInterval(() => {
    if (document.visibilityState !== "visible" || Date.now() - lastActivity > ACTIVE_WINDOW_MS) return;
    maxScroll = Math.max(maxScroll, measureScrollDepth());
    if (++engaged >= heartbeatSeconds) flushEngaged(false);
  }, 1000);

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flushEngaged(true);
  });
  addEventListener("pagehide", () => flushEngaged(true));
}

const current = (document.currentScript || document.querySelector("script[data-brand][src*='tag.js']")) as HTMLScriptElement | null;
const marker = window as unknown as { __a3dTag?: boolean };
if (current && !marker.__a3dTag) {
  marker.__a3dTag = true;
  startTag(current);
}
