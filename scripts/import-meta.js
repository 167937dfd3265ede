// Injected into the CommonJS bundle of the command (npm run bundle): the
// sources' `import.meta.url` becomes the bundle file's URL.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href
