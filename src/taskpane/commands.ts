/**
 * The ribbon's function file. The ribbon button opens the task pane (a ShowTaskpane action in the
 * manifest), so there is no function to register yet; Office still expects the file to initialise.
 * Guarded like the pane: no Office global (office.js not loaded) is not an error.
 */

if (typeof Office !== "undefined") {
  void Office.onReady();
}

export {};
