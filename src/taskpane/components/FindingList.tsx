/**
 * A list of findings, each as its sentence (from core/messages) and where it points. A cell finding's
 * address is a button that goes to the cell when `onSelect` is given, a line finding's a button that shows
 * the line when `onShowLine` is given; a fixable finding gets a fix button when `onFix` is given.
 */

import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { message, moreAlikeText, whereText } from "../../core/messages";
import { placesText } from "../../core/checks/collapse";
import type { Lang } from "../../core/messages";
import type { CellRef, Finding, Fix, Severity } from "../../core/types";
import type { Strings } from "../i18n";

export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  readonly strings: Strings;
  /** Accessible name of the list. */
  readonly label: string;
  /** Goes to a finding's cell (Excel); without it, places are shown as text. */
  readonly onSelect?: (ref: CellRef) => void;
  /** Shows a document finding's line in the text it came from; without it, lines are shown as text. */
  readonly onShowLine?: (line: number) => void;
  /** Applies a finding's fix; without it, no fix buttons. */
  readonly onFix?: (fix: Fix) => void;
  /** Disables the buttons while something runs. */
  readonly disabled?: boolean;
  /**
   * Per finding, the findings word for word like it not listed (checks/collapse shownFindings): a line 另有
   * N 处 with their places after it.
   */
  readonly alike?: ReadonlyArray<readonly Finding[]>;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: "solid",
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  where: { color: tokens.colorNeutralForeground3 },
  preview: { color: tokens.colorNeutralForeground2 },
});

const isCell = (where: Finding["where"]): where is CellRef => where !== null && "cell" in where;

/** Findings as a list: sentence, place, and the go-to and fix buttons the caller asks for. */
export function FindingList(props: FindingListProps) {
  const { findings, lang, strings, label, onSelect, onShowLine, onFix, disabled, alike } = props;
  const styles = useStyles();
  const severityClass: Record<Severity, string> = {
    error: styles.error,
    warning: styles.warning,
    info: styles.info,
  };
  return (
    <ul className={styles.list} aria-label={label}>
      {findings.map((f, i) => {
        const where = whereText(f.where, lang);
        const cell = isCell(f.where) ? f.where : null;
        const line = f.where !== null && "line" in f.where ? f.where.line : null;
        const fix = f.fix;
        return (
          <li key={i} className={`${styles.item} ${severityClass[f.severity]}`}>
            <span>{message(f.code, f.params, lang)}</span>
            <div className={styles.row}>
              {cell && onSelect ? (
                <Button
                  size="small"
                  appearance="transparent"
                  aria-label={strings.goTo(where)}
                  disabled={disabled}
                  onClick={() => onSelect({ sheet: cell.sheet, cell: cell.cell })}
                >
                  {where}
                </Button>
              ) : line !== null && onShowLine ? (
                <Button
                  size="small"
                  appearance="transparent"
                  aria-label={strings.showLine(where)}
                  onClick={() => onShowLine(line)}
                >
                  {where}
                </Button>
              ) : where ? (
                <Caption1 className={styles.where}>{where}</Caption1>
              ) : null}
              {fix && onFix ? (
                <>
                  <Caption1 className={styles.preview}>{strings.fixPreview(fix.preview)}</Caption1>
                  <Button
                    size="small"
                    aria-label={strings.fixLabel(whereText(fix.where, lang), fix.preview)}
                    disabled={disabled}
                    onClick={() => onFix(fix)}
                  >
                    {strings.fix}
                  </Button>
                </>
              ) : null}
            </div>
            {alike?.[i]?.length ? (
              <Caption1 className={styles.where}>
                {moreAlikeText(alike[i]?.length ?? 0, placesText(alike[i] ?? []), lang)}
              </Caption1>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
