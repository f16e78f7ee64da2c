/**
 * A button that opens the file chooser: the button, and the hidden file input it clicks (a real input, so that tests
 * and assistive tools find it by its label). Used for every file the panes open: a document, a ledger, returns.
 */

import { Button, makeStyles } from "@fluentui/react-components";
import { useRef, type ChangeEvent, type ReactNode } from "react";

const useStyles = makeStyles({ hiddenInput: { display: "none" } });

export interface FileButtonProps {
  readonly children: ReactNode;
  /** The input's accessible name (the button's words unless the input needs its own). */
  readonly inputLabel: string;
  readonly disabled: boolean;
  readonly onChange: (e: ChangeEvent<HTMLInputElement>) => void;
  readonly accept?: string;
  readonly multiple?: boolean;
}

export function FileButton(props: FileButtonProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button disabled={props.disabled} onClick={() => input.current?.click()}>
        {props.children}
      </Button>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        multiple={props.multiple}
        aria-label={props.inputLabel}
        accept={props.accept}
        onChange={props.onChange}
      />
    </>
  );
}
