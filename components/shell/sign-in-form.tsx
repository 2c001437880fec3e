"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";

export type SignInFormState = { error?: "invalidCredentials" | "invalidInput" | "throttled" | "generic"; email?: string };

export function SignInForm({ action, next }: { action: (state: SignInFormState, form: FormData) => Promise<SignInFormState>; next?: string }) {
  const t = useTranslations("signIn");
  const tc = useTranslations("common");
  const [state, formAction, isPending] = useActionState(action, {});
  const message = state.error ? (state.error === "generic" ? tc("genericError") : t(state.error)) : null;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <div>
        <Label htmlFor="email">{t("email")}</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          defaultValue={state.email}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? "sign-in-error" : undefined}
          data-testid="sign-in-email"
        />
      </div>
      <div>
        <Label htmlFor="password">{t("password")}</Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? "sign-in-error" : undefined}
          data-testid="sign-in-password"
        />
      </div>
      {message ? (
        <p id="sign-in-error" role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700 ring-1 ring-rose-200" data-testid="sign-in-error">
          {message}
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={isPending} data-testid="sign-in-submit">
        {isPending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
