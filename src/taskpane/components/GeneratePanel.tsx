/**
 * Generate: choose the parts (per-unit sheets, per-leader sheets, 汇总, status formatting), generate them
 * from the ledger as it is now with a progress bar and step label, and see what was made. Unit sheets and
 * 汇总 are chosen together (a hint says why); the clerk is asked first only when generated sheets would be
 * replaced, and sees which, and which people's sheets keep their names.
 */

import {
  Button,
  Caption1,
  Checkbox,
  Field,
  ProgressBar,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { ConfirmDialog } from "./ConfirmDialog";
import { useId } from "react";
import type { Lang } from "../../core/messages";
import type { Strings } from "../i18n";
import type { GenerateParts, WritePreview, WriteResult } from "../services";
import { anyPart } from "../state";
import type { Busy } from "../state";
import { SheetChanges } from "./SheetChanges";
import { WriteSummary } from "./WriteSummary";

export interface GeneratePanelProps {
  readonly strings: Strings;
  readonly lang: Lang;
  readonly parts: GenerateParts;
  readonly busy: Busy | null;
  readonly lastGenerate: WriteResult | null;
  /** What the generation would replace, while the clerk is asked to confirm it; null otherwise. */
  readonly confirmGenerate: WritePreview | null;
  readonly onPartChange: (part: keyof GenerateParts, on: boolean) => void;
  /** Asks to generate (the pane then asks the clerk to confirm). */
  readonly onGenerate: () => void;
  readonly onConfirmGenerate: () => void;
  readonly onCancelGenerate: () => void;
}

const PARTS: ReadonlyArray<keyof GenerateParts> = ["units", "leaders", "summary", "formatting"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  fieldset: {
    display: "flex",
    flexDirection: "column",
    margin: 0,
    padding: 0,
    border: "none",
  },
  legend: { ...typographyStyles.subtitle2, padding: 0, marginBottom: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  hint: { color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXS },
});

/** The generate tab. */
export function GeneratePanel(props: GeneratePanelProps) {
  const { strings, lang, parts, busy } = props;
  const styles = useStyles();
  const legendId = useId();
  const hintId = useId();
  const working = busy !== null;
  const chosen = anyPart(parts);
  const progress = busy?.op === "generate" ? busy : null;

  return (
    <div className={styles.root}>
      <fieldset className={styles.fieldset} aria-labelledby={legendId} aria-describedby={hintId}>
        <legend id={legendId} className={styles.legend}>
          {strings.partsLegend}
        </legend>
        {PARTS.map((part) => (
          <Checkbox
            key={part}
            label={strings.parts[part]}
            checked={parts[part]}
            disabled={working}
            onChange={(_, d) => props.onPartChange(part, d.checked === true)}
          />
        ))}
        <Caption1 id={hintId} className={styles.hint} block>
          {strings.partsHint}
        </Caption1>
      </fieldset>
      <div className={styles.row}>
        <Button appearance="primary" disabled={working || !chosen} onClick={props.onGenerate}>
          {strings.generate}
        </Button>
        {!chosen ? <Caption1 className={styles.muted}>{strings.chooseSomething}</Caption1> : null}
      </div>
      {progress ? (
        <Field
          label={strings.progressLabel}
          validationMessage={
            progress.total > 0 ? strings.step(progress.done, progress.total, progress.label) : progress.label
          }
          validationState="none"
        >
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} max={1} />
        </Field>
      ) : null}
      {props.lastGenerate && !working ? (
        <WriteSummary strings={strings} lang={lang} result={props.lastGenerate} generated />
      ) : null}

      <ConfirmDialog
        open={props.confirmGenerate !== null}
        title={strings.generateTitle}
        confirmLabel={strings.generateConfirm}
        cancelLabel={strings.cancel}
        onConfirm={props.onConfirmGenerate}
        onCancel={props.onCancelGenerate}
      >
        {props.confirmGenerate ? (
          <SheetChanges
            strings={strings}
            preview={props.confirmGenerate}
            replaceBody={strings.generateBody}
          />
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
