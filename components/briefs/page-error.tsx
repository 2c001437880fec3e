"use client";

import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** A page that failed to load: a generic message (never the error's own) and a retry. */
export function PageError({ title, retryLabel, reset }: { title: string; retryLabel: string; reset: () => void }) {
  return <EmptyState title={title} action={<Button onClick={reset}>{retryLabel}</Button>} testId="page-error" />;
}
