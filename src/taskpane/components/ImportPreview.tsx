/**
 * What the import tab shows once a document is read: its tasks per leader, its findings, the unit alias
 * suggestions, 写入台账 (下载 standalone) with its progress and outcome, and the two questions writing may ask.
 * Fetched with the other panels past the first screen (the "panels" chunk, components/later.ts), which the
 * import tab asks for as the document is read, beside the parser.
 */

import {
  Body1,
  Button,
  Caption1,
  Field,
  ProgressBar,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { useId } from "react";
import type { ParsedDocument } from "../../core/types";
import { documentFindings, leaderGroups } from "../state";
import { AliasSuggestions } from "./AliasSuggestions";
import { ConfirmDialog } from "./ConfirmDialog";
import { FindingList } from "./FindingList";
import type { ImportPanelProps } from "./ImportPanel";
import { LeaderPreview } from "./LeaderPreview";
import { LedgerYearField } from "./LedgerYearField";
import { typedYear, yearShown } from "../ledgerYear";
import { SheetChanges } from "./SheetChanges";
import { WriteSummary } from "./WriteSummary";

export interface ImportPreviewProps extends ImportPanelProps {
  readonly parsed: ParsedDocument;
  /** Shows a finding's line in the paste box; absent when the preview came from a file. */
  readonly onShowLine: ((line: number) => void) | undefined;
}

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The preview of a document read, under the import tab's paste box and buttons. */
export function ImportPreview(props: ImportPreviewProps) {
  const { strings, lang, parsed, registry, decisions, busy, lastWrite } = props;
  const styles = useStyles();
  const ids = { leaders: useId(), findings: useId() };
  const working = busy !== null;
  const groups = leaderGroups(parsed);
  const findings = documentFindings(parsed);
  const progress = busy && busy.op === "write" ? busy : null;

  return (
    <>
      <section className={styles.section} aria-labelledby={ids.leaders}>
        <h2 id={ids.leaders} className={styles.heading}>
          {strings.summary(parsed.tasks.length, groups.length)}
        </h2>
        {props.fileName ? (
          <Caption1 className={styles.muted}>{strings.fromFile(props.fileName)}</Caption1>
        ) : null}
        <LeaderPreview strings={strings} groups={groups} />
      </section>

      <section className={styles.section} aria-labelledby={ids.findings}>
        <h2 id={ids.findings} className={styles.heading}>
          {strings.documentFindings(findings.length)}
        </h2>
        {findings.length > 0 ? (
          <FindingList
            findings={findings}
            lang={lang}
            strings={strings}
            label={strings.documentFindings(findings.length)}
            onShowLine={props.onShowLine}
          />
        ) : (
          <Body1>{strings.noFindings}</Body1>
        )}
      </section>

      <AliasSuggestions
        strings={strings}
        suggestions={registry?.suggestions ?? []}
        decisions={decisions}
        onDecide={props.onDecide}
      />

      <LedgerYearField
        strings={strings}
        shown={yearShown(parsed, props.fallbackYear)}
        value={props.year}
        disabled={working}
        onChange={props.onYearChange}
      />

      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={working || parsed.tasks.length === 0 || typedYear(props.year) === "invalid"}
          onClick={props.onWrite}
        >
          {props.standalone ? strings.download : strings.write}
        </Button>
      </div>
      {progress ? (
        <Field validationMessage={progress.label} validationState="none">
          <ProgressBar
            aria-label={strings.writing}
            value={progress.total > 0 ? progress.done / progress.total : undefined}
            max={1}
          />
        </Field>
      ) : null}
      {lastWrite && !working ? <WriteSummary strings={strings} lang={lang} result={lastWrite} /> : null}

      <ConfirmDialog
        open={props.confirmPending !== null}
        title={strings.pendingTitle}
        confirmLabel={strings.pendingConfirm}
        cancelLabel={strings.pendingBack}
        onConfirm={props.onConfirmPending}
        onCancel={props.onCancelWrite}
      >
        <Body1>{strings.pendingBody(props.confirmPending ?? 0)}</Body1>
      </ConfirmDialog>

      <ConfirmDialog
        open={props.confirmReplace !== null}
        title={strings.replaceTitle}
        confirmLabel={strings.replaceConfirm}
        cancelLabel={strings.cancel}
        onConfirm={props.onConfirmWrite}
        onCancel={props.onCancelWrite}
      >
        {props.confirmReplace ? (
          <SheetChanges strings={strings} preview={props.confirmReplace} replaceBody={strings.replaceBody} />
        ) : null}
      </ConfirmDialog>
    </>
  );
}
