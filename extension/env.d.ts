// Types for crxjs's `?script` imports (the file name of a built content script).
/// <reference types="@crxjs/vite-plugin/client" />
