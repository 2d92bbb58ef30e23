/** The library as the robust suite's child processes load it. */
export { extract, limitVocabulary } from '../../src/index.js';
