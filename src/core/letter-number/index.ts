export {
  formatLetterNumber,
  type LetterNumberValues,
  missingLetterNumberValues,
  romanMonth,
} from './format-letter-number';
export { checkClassificationCode, checkUnitCode } from './letter-codes';
export {
  LETTER_PATTERN_TOKENS,
  type LetterPattern,
  type LetterPatternPart,
  parseLetterPattern,
  readLetterPattern,
} from './letter-pattern';
