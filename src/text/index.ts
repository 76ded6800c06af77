export { foldedSlice, foldedText, foldWidth } from './fold.js';
export { foldHant } from './hant.js';
export { CN_DIGITS, CN_UNITS, CN_NUMERAL_CLASS, parseChineseNumber, parsePositional } from './numerals.js';
export { diagnostic, type StageResult } from './diagnostics.js';
export { splitLines, type Line } from './lines.js';
export { feedbackClauses, isRectificationReport } from './report.js';
export { isOrganName } from './organ.js';
export { isRegexSpace } from './space.js';
export { countIn, firstIndexIn, joined, lengthOf, PIECE_BYTES } from './pieces.js';
