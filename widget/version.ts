// The widget's version (package.json's; a unit test keeps them equal). Recorded in every receipt.
export const WIDGET_VERSION = "0.1.0";
