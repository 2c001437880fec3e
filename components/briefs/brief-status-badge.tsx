import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<string, BadgeTone> = { draft: "neutral", answered: "info", won: "success", lost: "warning" };

export function BriefStatusBadge({ status }: { status: string }) {
  const t = useTranslations("briefs.status");
  return <Badge tone={TONE[status] ?? "neutral"}>{t.has(status) ? t(status) : status}</Badge>;
}
