/**
 * The ledger's year (说明's 时限年度) in the import, before the ledger is written: the year the document names and
 * where it was read (or that it names none, and this year is taken), in a box the clerk may correct, as
 * `taizhang build --year` does. A year that is not a number from 2000 to 2100 is refused with a message, and
 * the ledger is not written until it is corrected.
 */

import { Field, Input } from "@fluentui/react-components";
import type { Strings } from "../i18n";
import { typedYear, type YearShown } from "../ledgerYear";

export interface LedgerYearFieldProps {
  readonly strings: Strings;
  /** The year the document gives, as the ledger would take it. */
  readonly shown: YearShown;
  /** What the clerk typed; null while they typed nothing (the document's year stands). */
  readonly value: string | null;
  readonly disabled: boolean;
  readonly onChange: (text: string) => void;
}

/** The 时限年度 box with what it says of the document's year, or why the typed one is refused. */
export function LedgerYearField({ strings, shown, value, disabled, onChange }: LedgerYearFieldProps) {
  const typed = typedYear(value);
  const named = shown.named;
  const hint =
    typed === null || typed === "invalid"
      ? named
        ? strings.yearFrom(named.year, named.from)
        : strings.yearNone(shown.year)
      : strings.yearTyped(typed, named?.year ?? null);
  return (
    <Field
      label={strings.yearLabel}
      hint={typed === "invalid" ? undefined : hint}
      validationState={typed === "invalid" ? "error" : "none"}
      validationMessage={typed === "invalid" ? strings.yearInvalid(value ?? "") : undefined}
    >
      <Input
        value={value ?? String(shown.year)}
        inputMode="numeric"
        disabled={disabled}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
}
