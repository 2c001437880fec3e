/** A quiet skeleton while a server page loads (announced to screen readers). */
export function PageLoading({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse" data-testid="page-loading">
      <span className="sr-only">{label}</span>
      <div className="mb-3 h-6 w-64 rounded bg-slate-200" />
      <div className="mb-6 h-4 w-96 max-w-full rounded bg-slate-100" />
      <div className="grid gap-4 xl:grid-cols-2">
        <div className="h-64 rounded-lg border border-slate-200 bg-white" />
        <div className="h-64 rounded-lg border border-slate-200 bg-white" />
      </div>
    </div>
  );
}
