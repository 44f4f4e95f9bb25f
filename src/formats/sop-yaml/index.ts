export { definitionToSopFile } from './definition-to-sop-file';
export { parseSopJson } from './parse-sop-json';
export { parseSopYaml } from './parse-sop-yaml';
export type { ParseSopOptions, SopFileFieldError } from './read-sop-data';
export { SOP_FILE_FORMAT, type SopFile, sopFileSchema } from './sop-file-schema';
export { sopFileToDefinition } from './sop-file-to-definition';
export { sopJsonSchema } from './sop-json-schema';
export { type WriteSopYamlOptions, writeSopJson, writeSopYaml } from './write-sop-yaml';
