// The widget's version, kept equal to package.json "version" (a unit test checks it). Recorded in
// every receipt and exposed as window.Kelisim.version.
export const WIDGET_VERSION = "0.1.0";
