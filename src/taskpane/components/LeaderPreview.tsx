/** The preview's tasks per leader: one fold per leader, each task with its units and deadline. */

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Strings } from "../i18n";
import type { LeaderGroup } from "../state";

const useStyles = makeStyles({
  tasks: { listStyleType: "none", margin: 0, paddingLeft: tokens.spacingHorizontalL },
  task: { marginBottom: tokens.spacingVerticalXS },
  units: { color: tokens.colorNeutralForeground3 },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

export interface LeaderPreviewProps {
  readonly strings: Strings;
  readonly groups: readonly LeaderGroup[];
}

/** The tasks of the document by leader; nothing when it has none. */
export function LeaderPreview({ strings, groups }: LeaderPreviewProps) {
  const styles = useStyles();
  if (groups.length === 0) return null;
  return (
    <Accordion multiple collapsible aria-label={strings.byLeader}>
      {groups.map((g, i) => (
        <AccordionItem key={i} value={i}>
          <AccordionHeader>
            {`${g.leader ?? strings.noLeader}${g.title ? ` ${g.title}` : ""}`}
            &nbsp;
            <Badge appearance="tint" color="informative">
              {strings.taskCount(g.tasks.length)}
            </Badge>
          </AccordionHeader>
          <AccordionPanel>
            <ol className={styles.tasks} aria-label={strings.leaderTasks(g.leader ?? strings.noLeader)}>
              {g.tasks.map((t) => (
                <li key={t.id} className={styles.task}>
                  <Body1>{`${t.id} ${t.text}`}</Body1>
                  <br />
                  {t.leads.length + t.coUnits.length === 0 ? (
                    <Caption1 className={styles.missing}>{strings.noUnits}</Caption1>
                  ) : (
                    <Caption1 className={styles.units}>
                      {[
                        t.leads.length ? strings.labelled(strings.leadLabel, t.leads.join("、")) : "",
                        t.coUnits.length ? strings.labelled(strings.coLabel, t.coUnits.join("、")) : "",
                        t.deadline ? strings.labelled(strings.deadlineLabel, t.deadline) : "",
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </Caption1>
                  )}
                </li>
              ))}
            </ol>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
