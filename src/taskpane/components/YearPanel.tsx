/**
 * The ledger through the year, under Import when the workbook holds a ledger: 更新现有台账 with the document
 * opened above (the match report first; doubtful matches confirmed by the clerk before the update can be
 * written), and 存档本期 (a period archived before is replaced only after the clerk says so). What either could
 * not keep as it was (a comment, a formula written as its value, a cell cut) is listed under its outcome.
 */

import { Button, Caption1, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../core/messages";
import type { ParsedDocument } from "../../core/types";
import type { Strings } from "../i18n";
import type { SnapshotOutcome, UpdatePreview, WriteResult } from "../services";
import { ConfirmDialog } from "./ConfirmDialog";
import { noteText } from "./WriteSummary";

export interface YearPanelProps {
  readonly strings: Strings;
  readonly lang: Lang;
  /** The revised document opened in Import; null before one is opened. */
  readonly parsed: ParsedDocument | null;
  readonly fileName: string | null;
  /** The 期次 offered first (this month: 2026-03). */
  readonly defaultPeriod: string;
  readonly onPreviewUpdate: (parsed: ParsedDocument) => Promise<UpdatePreview>;
  readonly onApplyUpdate: (parsed: ParsedDocument, fileName: string | null) => Promise<WriteResult>;
  readonly onSnapshot: (period: string, replace: boolean) => Promise<SnapshotOutcome>;
  readonly onError: (error: unknown) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  report: { margin: 0, whiteSpace: "pre-wrap", fontFamily: tokens.fontFamilyBase },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** 更新现有台账 and 存档本期. */
export function YearPanel(props: YearPanelProps) {
  const { strings } = props;
  const s = strings.year;
  const styles = useStyles();
  const [preview, setPreview] = useState<UpdatePreview | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [notes, setNotes] = useState<readonly string[]>([]);
  const [period, setPeriod] = useState(props.defaultPeriod);
  const [archived, setArchived] = useState<number | null>(null);

  async function run(work: () => Promise<void>): Promise<void> {
    setBusy(true);
    setDone(null);
    setNotes([]);
    try {
      await work();
    } catch (e) {
      props.onError(e);
    } finally {
      setBusy(false);
    }
  }

  const parsed = props.parsed;
  const canApply = preview !== null && !preview.unchanged && (preview.doubtful.length === 0 || confirmed);

  const snapshot = (replace: boolean) =>
    run(async () => {
      setArchived(null);
      const outcome = await props.onSnapshot(period.trim(), replace);
      if ("alreadyArchived" in outcome) setArchived(outcome.alreadyArchived);
      else {
        setDone(s.archived(outcome.archived, period.trim(), outcome.replaced));
        setNotes(outcome.notes ?? []);
      }
    });

  return (
    <section className={styles.root} aria-label={s.updateTitle}>
      <h2>{s.updateTitle}</h2>
      <Caption1>{s.updateHint}</Caption1>
      <Button
        disabled={busy || parsed === null}
        onClick={() =>
          parsed &&
          void run(async () => {
            setConfirmed(false);
            setPreview(await props.onPreviewUpdate(parsed));
          })
        }
      >
        {s.updateTitle}
      </Button>
      {preview ? (
        <>
          {preview.unchanged ? (
            <p>{s.unchanged}</p>
          ) : (
            <pre className={styles.report}>{preview.lines.join("\n")}</pre>
          )}
          {preview.doubtful.length > 0 ? (
            <>
              <p>{s.doubtfulTitle(preview.doubtful.length)}</p>
              <ul>
                {preview.doubtful.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <Checkbox
                checked={confirmed}
                onChange={(_, d) => setConfirmed(d.checked === true)}
                label={s.confirmDoubtful}
              />
            </>
          ) : null}
          {preview.unchanged ? null : (
            <Button
              appearance="primary"
              disabled={busy || !canApply}
              onClick={() =>
                parsed &&
                void run(async () => {
                  const written = await props.onApplyUpdate(parsed, props.fileName);
                  setPreview(null);
                  setDone(s.updated(written.sheets));
                  setNotes(written.notes);
                })
              }
            >
              {s.applyUpdate}
            </Button>
          )}
        </>
      ) : null}

      <h2>{s.snapshotTitle}</h2>
      <Field label={s.periodLabel}>
        <Input value={period} onChange={(_, d) => setPeriod(d.value)} />
      </Field>
      <Button disabled={busy || period.trim() === ""} onClick={() => void snapshot(false)}>
        {s.snapshot}
      </Button>
      {done ? <p role="status">{done}</p> : null}
      {done && notes.length > 0 ? (
        <section aria-label={strings.notesHeading}>
          <div>{strings.notesHeading}</div>
          <ul className={styles.notes}>
            {notes.map((n) => (
              <li key={n}>{noteText(n, props.lang)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <ConfirmDialog
        open={archived !== null}
        title={s.alreadyArchivedTitle}
        confirmLabel={s.replaceArchived}
        cancelLabel={s.cancel}
        onConfirm={() => void snapshot(true)}
        onCancel={() => setArchived(null)}
      >
        {s.alreadyArchived(period.trim(), archived ?? 0)}
      </ConfirmDialog>
    </section>
  );
}
