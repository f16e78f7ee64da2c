/**
 * A panel fetched on demand (one that is not the pane's first screen, in a webpack chunk of its own), shown as
 * it arrives: a spinner while it is fetched and, when it cannot be fetched, the words every other part of the
 * pane uses for that (strings.partNotLoaded) with a button that fetches it anew. Webpack forgets a failed
 * chunk; React keeps a lazy component's failure, so the panel makes a new React.lazy for the next try.
 */

import { Button, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Component, Suspense, lazy } from "react";
import type { ComponentType, JSX, ReactNode } from "react";
import { isChunkLoadError } from "../chunkLoad";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  failed: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
  },
});

function Failed({ strings, onRetry }: { strings: Strings; onRetry: () => void }) {
  const styles = useStyles();
  return (
    <div className={styles.failed}>
      <Caption1 role="alert">{strings.partNotLoaded}</Caption1>
      <Button onClick={onRetry}>{strings.retryPart}</Button>
    </div>
  );
}

interface BoundaryProps {
  readonly strings: Strings;
  /** The panel, made at each render of the boundary: after 再试一次 it is the new lazy component. */
  readonly panel: () => ReactNode;
}

/**
 * A failed fetch while the panel renders is said in words, with 再试一次; any other error goes on to where it
 * went before the panel was fetched on demand.
 */
class Boundary extends Component<BoundaryProps, { readonly error: unknown }> {
  override state: { readonly error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override render(): ReactNode {
    const { strings, panel } = this.props;
    const { error } = this.state;
    if (error !== null && !isChunkLoadError(error)) throw error;
    if (error !== null) return <Failed strings={strings} onRetry={() => this.setState({ error: null })} />;
    return <Suspense fallback={<Spinner size="small" label={strings.loadingPart} />}>{panel()}</Suspense>;
  }
}

/**
 * A panel rendered from `load` (an import() of its module), with the pane's strings as its props have them:
 * the first render fetches it; after a failed fetch, 再试一次 fetches it again.
 */
export function lazyPanel<P extends { readonly strings: Strings }>(
  load: () => Promise<ComponentType<P>>,
): (props: P) => JSX.Element {
  const fresh = (): ComponentType<P> =>
    lazy(() =>
      load().then(
        (panel) => ({ default: panel }),
        (error: unknown) => {
          current = fresh();
          throw error;
        },
      ),
    );
  let current = fresh();
  function LazyPanel(props: P): JSX.Element {
    return (
      <Boundary
        strings={props.strings}
        panel={() => {
          const Current = current;
          return <Current {...props} />;
        }}
      />
    );
  }
  return LazyPanel;
}
