/**
 * The alias suggestions of an import, each with why it was made (括号写法, 括号中的名称单独使用 …) and its
 * accept / reject buttons. Accepted: the ledger writes the canonical name; rejected or undecided: both names
 * stay units of their own (and writing with some undecided asks first).
 */

import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { useId } from "react";
import type { AliasSuggestion } from "../../core/units/types";
import type { Strings } from "../i18n";
import { suggestionKey } from "../state";
import type { Decision } from "../state";

export interface AliasSuggestionsProps {
  readonly strings: Strings;
  readonly suggestions: readonly AliasSuggestion[];
  /** Decisions by suggestion key (`suggestionKey`); undecided ones have none. */
  readonly decisions: Readonly<Record<string, Decision>>;
  readonly onDecide: (suggestion: AliasSuggestion, decision: Decision | null) => void;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  actions: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexShrink: 0,
    marginLeft: "auto",
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The suggestions section of the import tab; nothing when there are none. */
export function AliasSuggestions(props: AliasSuggestionsProps) {
  const { strings, suggestions, decisions, onDecide } = props;
  const styles = useStyles();
  const heading = useId();
  if (suggestions.length === 0) return null;
  const pending = suggestions.filter((s) => !decisions[suggestionKey(s)]).length;
  return (
    <section className={styles.section} aria-labelledby={heading}>
      <h2 id={heading} className={styles.heading}>
        {strings.suggestionsHeading(pending)}
      </h2>
      <Caption1 className={styles.muted}>{strings.suggestionsHint}</Caption1>
      <ul className={styles.list} aria-labelledby={heading}>
        {suggestions.map((s) => {
          const decision = decisions[suggestionKey(s)];
          return (
            <li key={suggestionKey(s)} className={styles.row}>
              <Body1>{strings.suggestion(s.alias, s.canonical)}</Body1>
              <Caption1 className={styles.muted}>{strings.reasons[s.reason]}</Caption1>
              {/* The buttons stay together on one line, at the right when there is room. */}
              <span className={styles.actions}>
                {decision ? (
                  <>
                    <Badge appearance="tint" color={decision === "accepted" ? "success" : "subtle"}>
                      {decision === "accepted" ? strings.accepted : strings.rejected}
                    </Badge>
                    <Button
                      size="small"
                      aria-label={strings.undoLabel(s.alias)}
                      onClick={() => onDecide(s, null)}
                    >
                      {strings.undo}
                    </Button>
                  </>
                ) : (
                  <>
                    <Button
                      size="small"
                      aria-label={strings.acceptLabel(s.alias, s.canonical)}
                      onClick={() => onDecide(s, "accepted")}
                    >
                      {strings.accept}
                    </Button>
                    <Button
                      size="small"
                      aria-label={strings.rejectLabel(s.alias, s.canonical)}
                      onClick={() => onDecide(s, "rejected")}
                    >
                      {strings.reject}
                    </Button>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
