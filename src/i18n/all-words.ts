/**
 * Every English word the elements have, shared and per element: for the checks that each translation has them
 * all, and for the npm entry. (A page's bundle carries only the words its elements use.)
 */
import { reportWords } from './report-words.js';
import { signsWords } from './signs-words.js';
import { en } from './strings.js';

export const allEnglish = Object.freeze({ ...en, ...reportWords, ...signsWords });
