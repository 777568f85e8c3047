/*
 * Injected right after src/content/content-script.js, in the same scripting.executeScript call, by a
 * toolbar click's first request in a tab (src/background/inject.ts, injectAndAnalyze). The value of
 * this file's last expression is the injection's result, and the browser waits for a promise: so
 * the content script's answer (the page's outline) comes back with the injection itself, one
 * message round trip (popup → page → popup) sooner. Plain JavaScript, copied as it is: a bundled
 * file would wrap this expression in a function and lose its value.
 */
globalThis.__outlineReaderContent?.answerInjection?.();
