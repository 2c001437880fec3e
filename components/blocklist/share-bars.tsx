import { cx } from "@/components/ui/cx";

/**
 * Two thin bars on one scale: what the keyword blocklist removes (rose) and what the
 * tier-based setting removes (indigo). Print-safe (backgrounds forced in print CSS).
 */
export function ShareBars({ blocklist, setting, labels, className }: { blocklist: number; setting: number; labels: { blocklist: string; setting: string }; className?: string }) {
  const width = (x: number) => `${Math.min(100, Math.max(0, x * 100)).toFixed(1)}%`;
  return (
    <div className={cx("grid gap-0.5", className)}>
      <div className="h-1.5 rounded-full bg-slate-100" role="img" aria-label={labels.blocklist}>
        <div className="h-1.5 rounded-full bg-rose-500 print:bg-rose-500" style={{ width: width(blocklist) }} />
      </div>
      <div className="h-1.5 rounded-full bg-slate-100" role="img" aria-label={labels.setting}>
        <div className="h-1.5 rounded-full bg-indigo-500 print:bg-indigo-500" style={{ width: width(setting) }} />
      </div>
    </div>
  );
}
