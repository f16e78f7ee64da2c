/**
 * What a write or a generation did: how many sheets, sheets that got another name because a person's sheet
 * had the planned one, and notes on things done another way than planned (formula counts instead of a
 * filtered pivot …). Shown on the import and generate tabs.
 */

import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { isMessageCode, message } from "../../core/messages";
import type { Lang } from "../../core/messages";
import type { Strings } from "../i18n";
import type { WriteResult } from "../services";

export interface WriteSummaryProps {
  readonly strings: Strings;
  readonly lang: Lang;
  readonly result: WriteResult;
  /** True for a generation (worded "generated"), false for a write of the ledger. */
  readonly generated?: boolean;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** A note's wording: its message when core/messages knows the code, the note as is otherwise. */
export function noteText(note: string, lang: Lang): string {
  return isMessageCode(note) ? message(note, {}, lang) : note;
}

/** The outcome of a write or a generation, as a success message bar. */
export function WriteSummary(props: WriteSummaryProps) {
  const { strings, lang, result } = props;
  const styles = useStyles();
  const headline = result.fileName
    ? strings.downloaded(result.fileName)
    : props.generated
      ? strings.generated(result.sheets)
      : strings.written(result.sheets);
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <div role="status">{headline}</div>
        {result.renamed.length > 0 ? (
          <ul className={styles.list}>
            {result.renamed.map((r) => (
              <li key={r.wanted}>{strings.renamed(r.wanted, r.used)}</li>
            ))}
          </ul>
        ) : null}
        {result.notes.length > 0 ? (
          <>
            <div>{strings.notesHeading}</div>
            <ul className={styles.list}>
              {result.notes.map((n) => (
                <li key={n}>{noteText(n, lang)}</li>
              ))}
            </ul>
          </>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
