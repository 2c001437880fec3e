"use client";

import { useTranslations } from "next-intl";
import { PageError } from "@/components/briefs/page-error";

export default function PageErrorBoundary({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("briefs");
  return <PageError title={t("loadError")} retryLabel={t("retry")} reset={reset} />;
}
