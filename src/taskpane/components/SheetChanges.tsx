/**
 * The body of a "replace generated sheets?" dialog: the sheets the tool made before that will be deleted
 * and rebuilt, the people's sheets that keep their names (ours get another one), and the warning that
 * Office cannot undo deleting sheets. Shared by the import and generate tabs.
 */

import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Strings } from "../i18n";
import type { WritePreview } from "../services";

export interface SheetChangesProps {
  readonly strings: Strings;
  readonly preview: WritePreview;
  /** The sentence introducing the replaced sheets (writing and generating word it differently). */
  readonly replaceBody: string;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** What a write will replace and what clashes with it, as lists. */
export function SheetChanges({ strings, preview, replaceBody }: SheetChangesProps) {
  const styles = useStyles();
  return (
    <>
      <p>{replaceBody}</p>
      <ul className={styles.list}>
        {preview.replaces.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      {preview.clashes.length > 0 ? (
        <>
          <p>{strings.clashBody}</p>
          <ul className={styles.list}>
            {preview.clashes.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      ) : null}
      <MessageBar intent="warning">
        <MessageBarBody>{strings.cannotUndo}</MessageBarBody>
      </MessageBar>
    </>
  );
}
