import type { ReactNode } from "react";

/** An honest "nothing here yet": what is missing, why, and what to do. */
export function EmptyState({ title, description, action, testId }: { title: ReactNode; description?: ReactNode; action?: ReactNode; testId?: string }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center" data-testid={testId}>
      <p className="text-sm font-semibold text-slate-800">{title}</p>
      {description ? <p className="mx-auto mt-1 max-w-prose text-sm text-slate-500">{description}</p> : null}
      {action ? <div className="mt-4 flex justify-center">{action}</div> : null}
    </div>
  );
}
