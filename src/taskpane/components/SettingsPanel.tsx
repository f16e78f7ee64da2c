/**
 * Settings: the status list (name, fill and text colour of each), presets offices use (默认四态, 红黄绿,
 * 蓝黄红, 五级), which status means done, and how many days ahead a deadline counts as due soon.
 * Edits stay in the pane until saved (workbook settings in Excel, the browser's storage standalone). In
 * Excel the saved settings can be applied to the ledger (colours, deadline rules, dropdown) at once.
 */

import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { useId } from "react";
import { message, type Lang } from "../../core/messages";
import { doneFirstOf } from "../../core/plan/settings";
import type { LedgerSettings, StatusStyle } from "../../core/plan/types";
import type { Strings } from "../i18n";
import { lightRuleText } from "../../core/cycle/lights";
import { settingsProblems } from "../state";
import type { Busy } from "../state";

/** A named status list to start from. */
export interface StatusPreset {
  readonly id: string;
  readonly label: string;
  readonly statuses: readonly StatusStyle[];
}

export interface SettingsPanelProps {
  readonly strings: Strings;
  /** The language findings and warnings are worded in (core/messages). */
  readonly lang: Lang;
  /** The settings being edited; null while they load. */
  readonly settings: LedgerSettings | null;
  readonly dirty: boolean;
  readonly saved: boolean;
  /** In Excel: the saved settings can be applied to the ledger. */
  readonly canApplyToLedger: boolean;
  /** The saved settings were applied to the ledger (since the last change). */
  readonly appliedToLedger: boolean;
  readonly busy: Busy | null;
  readonly presets: readonly StatusPreset[];
  readonly onStatusName: (index: number, name: string) => void;
  readonly onStatusColour: (index: number, which: "fill" | "font", colour: string) => void;
  readonly onAddStatus: () => void;
  readonly onRemoveStatus: (index: number) => void;
  readonly onMoveStatus: (index: number, by: -1 | 1) => void;
  readonly onPreset: (preset: StatusPreset) => void;
  readonly onDoneStatus: (name: string) => void;
  readonly onDueSoonDays: (days: number) => void;
  readonly onSave: () => void;
  readonly onApplyToLedger: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  statuses: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  status: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { minWidth: "8em", flexGrow: 1 },
  colour: {
    width: "32px",
    height: "32px",
    padding: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "pointer",
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  sample: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusSmall,
  },
  days: { maxWidth: "8em" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** `#RRGGBB` as a colour input wants it (lower case, with #); anything else becomes black. */
function toInputColour(colour: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(colour.trim());
  return m ? `#${(m[1] as string).toLowerCase()}` : "#000000";
}

/** The settings tab. */
export function SettingsPanel(props: SettingsPanelProps) {
  const { strings, settings, busy } = props;
  const styles = useStyles();
  const ids = { statuses: useId(), presets: useId(), applyHint: useId(), lights: useId() };
  if (!settings) return <Spinner size="tiny" label={strings.loadingSettings} labelPosition="after" />;

  const problems = settingsProblems(settings);
  // The same rule and words as `taizhang build --status`: a done status first is not where tasks start.
  const doneFirst = doneFirstOf(settings);
  const working = busy !== null;
  const names = settings.statuses.map((s) => s.name);

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby={ids.presets}>
        <h2 id={ids.presets} className={styles.heading}>
          {strings.presetsLabel}
        </h2>
        <div className={styles.row}>
          {props.presets.map((p) => (
            <Button key={p.id} aria-label={strings.presetLabel(p.label)} onClick={() => props.onPreset(p)}>
              {p.label}
            </Button>
          ))}
        </div>
      </section>

      <section className={styles.section} aria-labelledby={ids.statuses}>
        <h2 id={ids.statuses} className={styles.heading}>
          {strings.statusesHeading}
        </h2>
        <ol className={styles.statuses} aria-labelledby={ids.statuses}>
          {settings.statuses.map((s, i) => (
            <li key={i} className={styles.status}>
              <Input
                className={styles.name}
                aria-label={strings.statusName(i + 1)}
                value={s.name}
                onChange={(_, d) => props.onStatusName(i, d.value)}
              />
              <input
                type="color"
                className={styles.colour}
                aria-label={strings.statusFill(i + 1)}
                value={toInputColour(s.fill)}
                onChange={(e) => props.onStatusColour(i, "fill", e.target.value.toUpperCase())}
              />
              <input
                type="color"
                className={styles.colour}
                aria-label={strings.statusFont(i + 1)}
                value={toInputColour(s.font)}
                onChange={(e) => props.onStatusColour(i, "font", e.target.value.toUpperCase())}
              />
              {/* A preview of the status as the ledger will colour it: these colours are the clerk's data. */}
              <span
                className={styles.sample}
                style={{ backgroundColor: toInputColour(s.fill), color: toInputColour(s.font) }}
              >
                {s.name || "\u00a0"}
              </span>
              <Button
                size="small"
                aria-label={strings.moveUp(s.name)}
                disabled={i === 0}
                onClick={() => props.onMoveStatus(i, -1)}
              >
                ↑
              </Button>
              <Button
                size="small"
                aria-label={strings.removeStatus(s.name)}
                disabled={settings.statuses.length <= 1}
                onClick={() => props.onRemoveStatus(i)}
              >
                ×
              </Button>
            </li>
          ))}
        </ol>
        <div className={styles.row}>
          <Button onClick={props.onAddStatus}>{strings.addStatus}</Button>
        </div>
        {problems.length > 0 ? (
          <MessageBar intent="warning">
            <MessageBarBody>
              {problems
                .map((p) => (p.kind === "empty" ? strings.statusEmpty : strings.statusDuplicate(p.name)))
                .join(" ")}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {doneFirst ? (
          <MessageBar intent="warning">
            <MessageBarBody>{message("status-done-first", doneFirst, props.lang)}</MessageBarBody>
          </MessageBar>
        ) : null}
      </section>

      <Field label={strings.doneStatus}>
        <Select value={settings.doneStatus} onChange={(_, d) => props.onDoneStatus(d.value)}>
          {names.includes(settings.doneStatus) ? null : (
            <option value={settings.doneStatus}>{settings.doneStatus}</option>
          )}
          {names.map((n, i) => (
            <option key={i} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </Field>

      <Field label={strings.dueSoonDays} hint={strings.dueSoonHint}>
        <Input
          className={styles.days}
          type="number"
          min={0}
          max={365}
          value={String(settings.dueSoonDays)}
          onChange={(_, d) => {
            if (d.value.trim() !== "") props.onDueSoonDays(Number(d.value));
          }}
        />
      </Field>

      <section className={styles.section} aria-labelledby={ids.lights}>
        <h2 id={ids.lights} className={styles.heading}>
          {strings.lightsHeading}
        </h2>
        {lightRuleText(settings, props.lang ?? "zh-CN").map((line, i) => (
          <Caption1 key={i} block>
            {line}
          </Caption1>
        ))}
      </section>

      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={working || !props.dirty || problems.length > 0}
          onClick={props.onSave}
        >
          {strings.save}
        </Button>
        {props.dirty ? (
          <Caption1 className={styles.muted}>{strings.unsaved}</Caption1>
        ) : props.saved ? (
          <Body1 role="status">{strings.saved}</Body1>
        ) : null}
      </div>

      {props.canApplyToLedger ? (
        <div>
          <div className={styles.row}>
            <Button
              disabled={working || props.dirty}
              aria-describedby={ids.applyHint}
              onClick={props.onApplyToLedger}
            >
              {strings.applyToLedger}
            </Button>
            {props.appliedToLedger ? <Body1 role="status">{strings.appliedToLedger}</Body1> : null}
            {busy?.op === "reformat" ? (
              <Spinner size="tiny" label={busy.label} labelPosition="after" />
            ) : null}
          </div>
          <Caption1 id={ids.applyHint} className={styles.muted} block>
            {strings.applyToLedgerHint}
          </Caption1>
        </div>
      ) : null}
    </div>
  );
}
