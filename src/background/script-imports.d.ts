/**
 * scripts/vite/injected-scripts.ts: importing a file with `?injected` gives the path of that file
 * built as a self-contained script (for scripting.executeScript).
 */
declare module '*?injected' {
  const fileName: string;
  export default fileName;
}
