import type { ComponentProps } from "react";
import { cx } from "./cx";
import { fieldClasses } from "./input";

export type SelectOption = { value: string; label: string };

export type SelectProps = ComponentProps<"select"> & { options?: SelectOption[] };

/** A native select: keyboard and screen-reader behaviour for free. */
export function Select({ className, options, children, ...props }: SelectProps) {
  return (
    <select className={cx(fieldClasses, "appearance-auto pr-8", className)} {...props}>
      {options?.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
      {children}
    </select>
  );
}
