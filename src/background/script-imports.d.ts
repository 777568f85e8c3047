/** crxjs: importing a file with `?script` gives the built script's file name (for scripting.executeScript). */
declare module '*?script' {
  const fileName: string;
  export default fileName;
}
