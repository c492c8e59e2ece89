// electron-vite's `?asset` import: the file is copied into out/ and the import is its
// absolute path at run time. Declared here rather than by referencing electron-vite/node,
// whose global ImportMeta typings would leak into every Node-side project file.
declare module '*?asset' {
  const path: string;
  export default path;
}
