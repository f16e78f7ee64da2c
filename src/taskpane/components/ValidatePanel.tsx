/**
 * Validate: check the ledger now, see the findings grouped by severity with counts, go to a finding's
 * cell, apply a fix (one, or all after a confirmation), and switch live checks on or off.
 */

import {
  Body1,
  Button,
  Caption1,
  Spinner,
  Switch,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { ConfirmDialog } from "./ConfirmDialog";
import { useId } from "react";
import type { Lang } from "../../core/messages";
import type { CellRef, Finding, Fix } from "../../core/types";
import type { Strings } from "../i18n";
import { SEVERITIES, fixesOf, groupBySeverity } from "../state";
import type { Busy } from "../state";
import { FindingList } from "./FindingList";
import { shownFindings } from "../../core/checks/collapse";

export interface ValidatePanelProps {
  readonly strings: Strings;
  readonly lang: Lang;
  /** The last check's findings; null before the first check. */
  readonly findings: readonly Finding[] | null;
  readonly busy: Busy | null;
  readonly liveChecks: boolean;
  /** True while the clerk is asked to confirm applying every fix. */
  readonly confirmFixAll: boolean;
  readonly onCheck: () => void;
  readonly onSelect: (ref: CellRef) => void;
  readonly onFix: (fix: Fix) => void;
  readonly onFixAll: () => void;
  readonly onConfirmFixAll: () => void;
  readonly onCancelFixAll: () => void;
  readonly onLiveChange: (on: boolean) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The validate tab. */
export function ValidatePanel(props: ValidatePanelProps) {
  const { strings, lang, findings, busy } = props;
  const styles = useStyles();
  const headingId = useId();
  const working = busy !== null;
  const groups = groupBySeverity(findings ?? []);
  const fixes = fixesOf(findings ?? []);
  const fixCells = new Set(fixes.map((f) => `${f.where.sheet}!${f.where.cell}`)).size;

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={working} onClick={props.onCheck}>
          {strings.checkNow}
        </Button>
        {fixes.length > 0 ? (
          <Button disabled={working} onClick={props.onFixAll}>
            {strings.fixAll(fixes.length)}
          </Button>
        ) : null}
      </div>
      <div>
        <Switch
          label={strings.liveChecks}
          checked={props.liveChecks}
          onChange={(_, d) => props.onLiveChange(d.checked)}
        />
        <Caption1 className={styles.muted} block>
          {strings.liveHint}
        </Caption1>
      </div>

      {busy && (busy.op === "validate" || busy.op === "fix") ? (
        <Spinner size="tiny" label={busy.label} labelPosition="after" />
      ) : null}

      <section className={styles.section} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.heading}>
          {strings.findingsLabel}
        </h2>
        {findings === null ? (
          <Body1>{strings.neverChecked}</Body1>
        ) : findings.length === 0 ? (
          <Body1 role="status">{strings.noProblems}</Body1>
        ) : (
          SEVERITIES.filter((s) => groups[s].length > 0).map((severity) => {
            const title = strings.severityHeading(strings.severities[severity], groups[severity].length);
            // The same words in many cells: the first few, then 另有 N 处 (the fixes of all stay in 全部修正).
            const shown = shownFindings(groups[severity]);
            return (
              <section key={severity} className={styles.section} aria-label={title}>
                <h3 className={styles.heading}>{title}</h3>
                <FindingList
                  findings={shown.map((x) => x.finding)}
                  alike={shown.map((x) => x.alike)}
                  lang={lang}
                  strings={strings}
                  label={title}
                  onSelect={props.onSelect}
                  onFix={props.onFix}
                  disabled={working}
                />
              </section>
            );
          })
        )}
      </section>

      <ConfirmDialog
        open={props.confirmFixAll}
        title={strings.fixAllTitle}
        confirmLabel={strings.fixAllConfirm}
        cancelLabel={strings.cancel}
        onConfirm={props.onConfirmFixAll}
        onCancel={props.onCancelFixAll}
      >
        {strings.fixAllBody(fixCells)}
      </ConfirmDialog>
    </div>
  );
}
