import { useFormatter, useTranslations } from "next-intl";
import { Card, Stat } from "@/components/ui/card";
import type { BlocklistDiagnosis } from "@/lib/contextual/blocklist/diagnose-blocklist";
import { GARM_CATEGORIES } from "@/lib/contextual/taxonomy.generated";
import { shareOf } from "./diagnosis-types";

const GARM_NAMES = new Map(GARM_CATEGORIES.map((g) => [g.id, g.name]));

export function garmName(id: string) {
  return GARM_NAMES.get(id) ?? id;
}

/** The tier-based setting in words: "max risk low · excluded: Terrorism, …". */
export function TierSettingText({ setting }: { setting: BlocklistDiagnosis["setting"] }) {
  const t = useTranslations("blocklist");
  return (
    <span data-testid="blocklist-setting">
      {t("setting.maxRisk", { risk: t(`risk.${setting.maxRisk}`) })}
      {setting.excludedGarm.length ? ` · ${t("setting.excluded", { list: setting.excludedGarm.map(garmName).join(", ") })}` : ` · ${t("setting.noExclusion")}`}
    </span>
  );
}

/** Headline comparison: what the keyword list removes vs the equivalent tier-based setting. */
export function DiagnosisSummary({ diagnosis }: { diagnosis: BlocklistDiagnosis }) {
  const t = useTranslations("blocklist");
  const format = useFormatter();
  const { total } = diagnosis;
  const pct = (part: number, whole: number) => format.number(shareOf(part, whole), { style: "percent", maximumFractionDigits: 1 });
  return (
    <Card>
      <dl className="grid grid-cols-2 divide-slate-100 md:grid-cols-4 md:divide-x">
        <Stat
          testId="blocklist-removed"
          label={t("summary.blocklistRemoves")}
          value={<span className="text-rose-600">{pct(total.blockedPageviews, total.pageviews)}</span>}
          hint={t("summary.ofPageviewsAndArticles", { articles: pct(total.blockedArticles, total.articles) })}
        />
        <Stat
          testId="blocklist-setting-removed"
          label={t("summary.settingRemoves")}
          value={<span className="text-indigo-600">{pct(total.settingPageviews, total.pageviews)}</span>}
          hint={t("summary.ofPageviewsAndArticles", { articles: pct(total.settingArticles, total.articles) })}
        />
        <Stat
          testId="blocklist-harmless-count"
          label={t("summary.harmlessBlocked")}
          value={format.number(total.harmlessBlocked)}
          hint={t("summary.ofBlocked", { share: pct(total.harmlessBlocked, total.blockedArticles) })}
        />
        <Stat
          testId="blocklist-missed-count"
          label={t("summary.riskyMissed")}
          value={format.number(total.riskyMissed)}
          hint={t("summary.ofRisky", { share: pct(total.riskyMissed, total.riskyArticles) })}
        />
      </dl>
      <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-600">
        <span className="font-medium text-slate-800">{t("setting.title")} </span>
        <TierSettingText setting={diagnosis.setting} />
      </p>
    </Card>
  );
}
