"use client";

import { Button } from "@/components/ui/button";

export function PrintButton({ label }: { label: string }) {
  return (
    <Button size="sm" onClick={() => window.print()} data-testid="blocklist-print">
      {label}
    </Button>
  );
}
