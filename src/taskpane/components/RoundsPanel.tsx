/**
 * The reporting round, loaded on demand: under 生成, 分发各单位 (the units and their task counts listed, then one
 * .zip downloaded) and 通报 (a .docx downloaded, the 通报 sheet written); under 导入, 汇总各单位报送 (several returned
 * files picked; the report shown with the 催办 list). Standalone, the clerk opens the ledger file first.
 */

import { Button, Caption1, Field, Input, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ChangeEvent } from "react";
import type { Lang } from "../../core/messages";
import { roundStringsFor } from "../rounds/roundStrings";
import type { CollectOutcome, DispatchPreview, ReturnFile, RoundServices } from "../rounds/types";
import { FileButton } from "./FileButton";
import { readFileBytes } from "./ImportPanel";

export interface RoundsPanelProps {
  readonly lang: Lang;
  /** `send`: 分发各单位 and 通报 (生成); `collect`: 汇总各单位报送 (导入). */
  readonly part: "send" | "collect";
  /** Standalone: the round works on a ledger file the clerk opens here. */
  readonly standalone: boolean;
  /** Standalone: the name of the ledger file the round works on (kept by the pane across its tabs), or null. */
  readonly ledger: string | null;
  readonly onLedger: (name: string | null) => void;
  /** Standalone: the name of the ledger file being read (kept by the pane across its tabs), or null. */
  readonly reading: string | null;
  readonly onReading: (name: string | null) => void;
  /** The period typed (kept by the pane: one 期次 for 分发, 通报 and 汇总 alike). */
  readonly period: string;
  readonly onPeriod: (period: string) => void;
  readonly loadRounds: () => Promise<RoundServices>;
  readonly onError: (error: unknown) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  report: { margin: 0, whiteSpace: "pre-wrap", fontFamily: tokens.fontFamilyBase },
  units: { maxHeight: "16rem", overflowY: "auto" },
});

/** The files a file input holds, read with their names and save times. */
async function returnFiles(list: FileList): Promise<ReturnFile[]> {
  return Promise.all(
    Array.from(list, async (f) => ({
      name: f.name,
      bytes: await readFileBytes(f),
      lastModified: new Date(f.lastModified || Date.now()).toISOString(),
    })),
  );
}

/** The round's panel. */
export function RoundsPanel(props: RoundsPanelProps) {
  const s = roundStringsFor(props.lang);
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<DispatchPreview | null>(null);
  const [files, setFiles] = useState<ReturnFile[]>([]);
  const [reportDay, setReportDay] = useState("");
  const [collected, setCollected] = useState<CollectOutcome | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function run(work: (rounds: RoundServices) => Promise<void>): Promise<void> {
    setBusy(true);
    setDone(null);
    try {
      const rounds = await props.loadRounds();
      await work(rounds);
      if (props.standalone) props.onLedger(rounds.currentLedger());
    } catch (e) {
      props.onError(e);
    } finally {
      setBusy(false);
    }
  }

  const { standalone, ledger, reading, period } = props;
  const asked = period.trim() === "" ? null : period.trim();
  // While a ledger is read nothing else is asked of the round (the services would wait for it).
  const waiting = busy || reading !== null;

  const onLedger = (e: ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    props.onReading(file.name);
    void run(async (rounds) => {
      setPreview(null);
      setCollected(null);
      await rounds.openLedgerFile?.(file.name, await readFileBytes(file));
    }).finally(() => props.onReading(null));
  };
  const onReturns = (e: ChangeEvent<HTMLInputElement>): void => {
    const list = e.target.files;
    if (!list || list.length === 0) return;
    void returnFiles(list).then((picked) => {
      e.target.value = "";
      setFiles(picked);
      setCollected(null);
    }, props.onError);
  };

  return (
    <section className={styles.root} aria-label={props.part === "send" ? s.dispatchTitle : s.collectTitle}>
      {standalone ? (
        <div className={styles.row}>
          <FileButton disabled={waiting} inputLabel={s.openLedger} accept=".xlsx" onChange={onLedger}>
            {s.openLedger}
          </FileButton>
          <Caption1 className={ledger && !reading ? undefined : styles.muted}>
            {reading ? s.readingLedger(reading) : ledger ? s.ledgerOpened(ledger) : s.needLedger}
          </Caption1>
          <Caption1 className={styles.muted}>{s.ledgerHint}</Caption1>
        </div>
      ) : null}
      <Field label={s.periodLabel}>
        <Input
          value={period}
          placeholder={s.periodPlaceholder}
          onChange={(_, d) => {
            props.onPeriod(d.value);
            // The list shown is of the period it was made for: another period lists again.
            setPreview(null);
          }}
        />
      </Field>

      {props.part === "send" ? (
        <>
          <h2>{s.dispatchTitle}</h2>
          <Caption1 className={styles.muted}>{s.dispatchHint}</Caption1>
          <div className={styles.row}>
            <Button
              disabled={waiting}
              onClick={() => void run(async (r) => setPreview(await r.previewDispatch(asked)))}
            >
              {s.listUnits}
            </Button>
            <Button
              appearance="primary"
              disabled={waiting || preview === null}
              onClick={() =>
                preview &&
                void run(async (r) => {
                  const out = await r.dispatch(preview.period);
                  setDone(s.dispatched(out.forms, out.fileName));
                })
              }
            >
              {s.downloadZip}
            </Button>
          </div>
          {preview ? (
            <>
              <p>{s.unitsTitle(preview.units.length, preview.period)}</p>
              <ul className={styles.units} aria-label={s.unitsTitle(preview.units.length, preview.period)}>
                {preview.units.map((u) => (
                  <li key={u.unit}>{s.unitLine(u.unit, u.lead, u.co)}</li>
                ))}
              </ul>
            </>
          ) : null}

          <h2>{s.reportTitle}</h2>
          <Caption1 className={styles.muted}>{s.reportHint}</Caption1>
          <Button
            disabled={waiting}
            onClick={() =>
              void run(async (r) => {
                const out = await r.report(asked);
                setDone(`${out.summary}\n${s.downloadedFiles(out.fileNames)}`);
              })
            }
          >
            {s.makeReport}
          </Button>
        </>
      ) : (
        <>
          <h2>{s.collectTitle}</h2>
          <Caption1 className={styles.muted}>{s.collectHint}</Caption1>
          <div className={styles.row}>
            <FileButton disabled={waiting} inputLabel={s.pickReturns} multiple onChange={onReturns}>
              {s.pickReturns}
            </FileButton>
            {files.length > 0 ? <Caption1>{s.picked(files.length)}</Caption1> : null}
          </div>
          <Field label={s.reportDayLabel}>
            <Input type="date" value={reportDay} onChange={(_, d) => setReportDay(d.value)} />
          </Field>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={waiting || files.length === 0}
              onClick={() =>
                void run(async (r) =>
                  setCollected(
                    await r.collect(files, asked, reportDay.trim() === "" ? null : reportDay.trim()),
                  ),
                )
              }
            >
              {s.collect}
            </Button>
          </div>
          {collected ? (
            <>
              <pre className={styles.report}>{[...collected.lines, ...collected.notes].join("\n")}</pre>
              <p role="status">{s.collectedInto(collected.fileName)}</p>
            </>
          ) : null}
        </>
      )}
      {busy ? <Spinner size="tiny" /> : null}
      {done ? (
        <p role="status" className={styles.report}>
          {done}
        </p>
      ) : null}
    </section>
  );
}
