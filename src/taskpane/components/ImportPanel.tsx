/**
 * Import: paste the breakdown or open a .txt / .docx file, preview its tasks per leader and its findings,
 * decide on unit alias suggestions, and write the ledger (into the workbook in Excel, as a downloaded
 * .xlsx standalone). Writing over sheets the tool generated before asks first, since Office cannot undo
 * sheet deletion. The paste box and its buttons are the pane's first screen; what shows once a document is
 * read is ImportPreview.tsx, fetched on demand with the other panels (later.ts).
 */

import { Button, Caption1, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { FileButton } from "./FileButton";
import { useRef } from "react";
import type { ChangeEvent, KeyboardEvent } from "react";
import type { Lang } from "../../core/messages";
import type { ParsedDocument } from "../../core/types";
import type { AliasSuggestion, Registry } from "../../core/units/types";
import type { Strings } from "../i18n";
import type { WritePreview, WriteResult } from "../services";
import type { Busy, Decision } from "../state";
import { showLine } from "../showLine";
import { WriteSummary } from "./WriteSummary";
import { ImportPreview, preloadLaterPanels } from "./later";
import { readFileBytes } from "./readFileBytes";

export { readFileBytes };

export interface ImportPanelProps {
  readonly strings: Strings;
  readonly lang: Lang;
  /** Standalone (no Excel): writing downloads an .xlsx instead. */
  readonly standalone: boolean;
  /** The paste box's text. */
  readonly text: string;
  /** The file the preview came from, if any. */
  readonly fileName: string | null;
  readonly parsed: ParsedDocument | null;
  /** The ledger's year (时限年度) the clerk typed; null while the document's stands. */
  readonly year: string | null;
  /** The year taken when the document names none (this year). */
  readonly fallbackYear: number;
  readonly onYearChange: (text: string) => void;
  readonly registry: Registry | null;
  readonly decisions: Readonly<Record<string, Decision>>;
  readonly busy: Busy | null;
  /** What a write would replace, while the clerk is asked to confirm; null otherwise. */
  readonly confirmReplace: WritePreview | null;
  /** How many alias suggestions are undecided, while the clerk is asked before writing; null otherwise. */
  readonly confirmPending: number | null;
  readonly lastWrite: WriteResult | null;
  readonly onTextChange: (text: string) => void;
  readonly onPreview: () => void;
  /** A file was chosen: its name and bytes. */
  readonly onOpenFile: (name: string, bytes: Uint8Array) => void;
  /** 从当前工作表导入; absent where there is no workbook (standalone). */
  readonly onImportSheet?: () => void;
  /** The browser could not read the chosen file. */
  readonly onFileError: (error: unknown) => void;
  /** Standalone: a ledger .xlsx was chosen, to regenerate; absent in Excel (生成 does it there). */
  readonly onOpenLedger?: (name: string, bytes: Uint8Array) => void;
  readonly onDecide: (suggestion: AliasSuggestion, decision: Decision | null) => void;
  readonly onWrite: () => void;
  readonly onConfirmWrite: () => void;
  /** Write, the undecided suggestions not merged. */
  readonly onConfirmPending: () => void;
  readonly onCancelWrite: () => void;
}

/** Files the readers take (by extension and type); others can still be chosen and are told what they are. */
const ACCEPT = [
  ".txt,.docx,.doc,.wps,.pdf,.xlsx,.xls,.et,.csv,.ods,.odt,.html,.htm,.mht,.mhtml",
  "text/plain,text/csv,text/html,application/pdf,application/msword",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
].join(",");

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The import tab. */
export function ImportPanel(props: ImportPanelProps) {
  const { strings, lang, parsed, busy, lastWrite } = props;
  const styles = useStyles();
  const textBox = useRef<HTMLTextAreaElement>(null);
  const working = busy !== null;

  // A document is about to be read: its preview's chunk is fetched beside the parser, not after it.
  const read = (then: (() => void) | undefined): void => {
    preloadLaterPanels();
    then?.();
  };
  const onLedger = (e: ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    e.target.value = "";
    const regenerate = props.onOpenLedger;
    if (!file || !regenerate) return;
    void readFileBytes(file).then((bytes) => regenerate(file.name, bytes), props.onFileError);
  };
  const onFile = (e: ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    const ledger = props.onOpenLedger && /\.xlsx$/i.test(file.name) ? props.onOpenLedger : null;
    void readFileBytes(file).then(
      (bytes) => (ledger ? ledger(file.name, bytes) : read(() => props.onOpenFile(file.name, bytes))),
      props.onFileError,
    );
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (!working) read(props.onPreview);
    }
  };

  return (
    <div className={styles.root}>
      <Field label={strings.sourceLabel} hint={strings.sourceHint}>
        <Textarea
          ref={textBox}
          value={props.text}
          onChange={(_, d) => props.onTextChange(d.value)}
          onKeyDown={onKeyDown}
          resize="vertical"
          rows={8}
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={working} onClick={() => read(props.onPreview)}>
          {strings.preview}
        </Button>
        <FileButton disabled={working} inputLabel={strings.fileInputLabel} accept={ACCEPT} onChange={onFile}>
          {strings.openFile}
        </FileButton>
        {props.onImportSheet ? (
          <Button disabled={working} onClick={() => read(props.onImportSheet)}>
            {strings.importSheet}
          </Button>
        ) : null}
        {busy?.op === "read" ? <Caption1 role="status">{busy.label}</Caption1> : null}
      </div>
      {props.onOpenLedger ? (
        <div className={styles.row}>
          <FileButton
            disabled={working}
            inputLabel={strings.regenerateLedger}
            accept=".xlsx"
            onChange={onLedger}
          >
            {strings.regenerateLedger}
          </FileButton>
          <Caption1 className={styles.muted}>{strings.regenerateHint}</Caption1>
        </div>
      ) : null}
      {/* A regenerated ledger has no preview: its outcome shows here. */}
      {!parsed && lastWrite && !working ? (
        <WriteSummary strings={strings} lang={lang} result={lastWrite} />
      ) : null}

      {parsed ? (
        <ImportPreview
          {...props}
          parsed={parsed}
          // The lines are those of the paste box when the preview came from it, not from a file.
          onShowLine={
            props.fileName === null
              ? (line) => {
                  if (textBox.current) showLine(textBox.current, line);
                }
              : undefined
          }
        />
      ) : null}
    </div>
  );
}
