// What the knowledge says about a draft, sentence by sentence and word by word: the sentence and clause
// it backs least, how much of the draft's wording it holds, and whether the draft asks questions, tells
// the speaker's own story, judges or denies. support-score.ts weighs these into one score.
import { termWeight } from "../../similarity/term-weight.ts";
import type { Token } from "../../similarity/tokens.ts";
import { isCourtesy } from "../../text/courtesy.ts";
import type { Language } from "../../text/language.ts";
import { sentences } from "../../text/sentences.ts";
import { claimTokens } from "./claim-tokens.ts";
import { isGlueWord } from "./glue-words.ts";
import { isReaction } from "./reactions.ts";
import { isFirstPerson, isJudgement, isNegated, isNegation, isParticle } from "./stance.ts";
import { sentenceSupport, type Knowledge } from "./sentence-support.ts";

export interface DraftEvidence {
  /** The sentence the knowledge backs least, with its support (0..1) and its number of words. */
  weakest?: { sentence: string; score: number; words: number };
  /** The clause (a piece between commas or conjunctions) the knowledge backs least. */
  weakestClause?: { clause: string; score: number };
  /** A clause that denies what the knowledge states: its words are there, its "not" is not. */
  denial?: string;
  /** Sentences with content words to support (courtesy and reactions left out). */
  claims: number;
  /** Share of the draft's wording found in the knowledge, each word weighed by its role. */
  wordShare: number;
  /** The first sentence that asks a question: it answers nothing from the knowledge. */
  question?: string;
  /** The first sentence where the speaker says "I" and the knowledge does not. */
  personal?: string;
  /** The first sentence with a judgement ("great", "génial") that the knowledge does not make. */
  judgement?: string;
  /** Content words of the draft that no passage holds, in order. */
  unknownWords: string[];
}

// Weights of the words that are not content words, measured on the compliance dev set: an "I" the
// knowledge lacks weighs like a content word (the speaker's own story), other function words ("from",
// "because") a little over half, answer particles ("yes", "well") a third, grammatical glue ("he",
// "was", "the") almost nothing.
const FIRST_PERSON_WEIGHT = 1;
const FUNCTION_WORD_WEIGHT = 0.6;
const PARTICLE_WEIGHT = 0.3;
const GLUE_WEIGHT = 0.1;
// A content word the customer said and the knowledge lacks weighs double: measured on the dev set, a
// reply that echoes the customer's claims is unsupported more often than one that adds a new word.
const ECHO_WEIGHT = 2;
const NUMBER = /^\d/;
const QUESTION = /[?？]\s*$|^\s*¿/;

export function draftEvidence(draft: string, message: string, knowledge: Knowledge, language: Language): DraftEvidence {
  const evidence: DraftEvidence = { claims: 0, wordShare: 1, unknownWords: [] };
  const asked = new Set<string>();
  for (const t of claimTokens(message, language)) asked.add(t.term);
  let found = 0;
  let total = 0;
  for (const whole of sentences(draft, language)) {
    if (isCourtesy(whole, language) || isReaction(whole, language)) continue;
    const sentence = withoutOpening(whole, language);
    const tokens = claimTokens(sentence, language);
    if (!evidence.question && QUESTION.test(sentence)) evidence.question = sentence;
    for (const token of tokens) {
      // The exact-entity rule has already found every number of the draft in the knowledge.
      if (NUMBER.test(token.term)) {
        total += termWeight(token);
        found += termWeight(token);
        continue;
      }
      const light = !token.content || isParticle(token, language);
      // Repeating the customer's own words is no evidence: the knowledge must hold them too.
      const weight = light ? lightWeight(token, language) : termWeight(token) * (asked.has(token.term) ? ECHO_WEIGHT : 1);
      total += weight;
      if (isKnown(token, knowledge)) found += weight;
      else if (!light) evidence.unknownWords.push(token.word);
      else if (!evidence.personal && isFirstPerson(token, language)) evidence.personal = sentence;
    }
    const support = sentenceSupport(tokens, knowledge, language);
    if (support.weight === 0) continue;
    if (!evidence.judgement && judgesBeyond(tokens, knowledge, language)) evidence.judgement = sentence;
    evidence.claims++;
    if (!evidence.weakest || support.score < evidence.weakest.score) evidence.weakest = { sentence, score: support.score, words: tokens.length };
    for (const clause of clauses(sentence, language)) {
      // Most sentences are one clause: its tokens and support are then the sentence's own, already read.
      const whole = clause === sentence;
      const clauseTokens = whole ? tokens : claimTokens(clause, language);
      const score = whole ? support : sentenceSupport(clauseTokens, knowledge, language);
      if (score.weight === 0) continue;
      if (!evidence.weakestClause || score.score < evidence.weakestClause.score) evidence.weakestClause = { clause, score: score.score };
      if (!evidence.denial && deniesKnowledge(clauseTokens, knowledge, language)) evidence.denial = clause.trim();
    }
  }
  if (total > 0) evidence.wordShare = found / total;
  return evidence;
}

// A negated clause whose other words the knowledge holds this well, in a knowledge that denies nothing,
// turns a fact around ("are not refundable" for "are refundable"): the costliest mistake a reply can make.
const DENIED_SUPPORT = 0.6;
const ANSWER_NO = new Set(["no", "non", "nein", "nope", "nah"]);

function deniesKnowledge(tokens: readonly Token[], knowledge: Knowledge, language: Language): boolean {
  // A leading "no" answers the customer ("No, it ships from Lyon"); it denies nothing that follows.
  const said = ANSWER_NO.has(tokens[0]?.word ?? "") ? tokens.slice(1) : tokens;
  if (!isNegated(said, language) || knowledge.anyNegated()) return false;
  return sentenceSupport(said.filter((t) => !isNegation(t, language)), knowledge, language).score >= DENIED_SUPPORT;
}

// "Yeah, that's true, they formed in 1995", "Thanks, it ships today": a reaction or courtesy before the
// first comma needs no support either.
const FIRST_CLAUSE = /^([^,;:!?]{1,60})[,;:!]\s*(?=\S)/u;

function withoutOpening(sentence: string, language: Language): string {
  const first = FIRST_CLAUSE.exec(sentence);
  return first && (isReaction(first[1]!, language) || isCourtesy(first[1]!, language)) ? sentence.slice(first[0].length) : sentence;
}

/** How much a function word or particle weighs in the share of wording found (a content word: 0.45..1). */
function lightWeight(token: Token, language: Language): number {
  if (isFirstPerson(token, language)) return FIRST_PERSON_WEIGHT;
  if (isGlueWord(token, language)) return GLUE_WEIGHT;
  if (isParticle(token, language)) return PARTICLE_WEIGHT;
  return FUNCTION_WORD_WEIGHT;
}

function isKnown(token: Token, knowledge: Knowledge): boolean {
  return token.content ? knowledge.anyHolds(token.term) : knowledge.anyHasWord(token.word);
}

/** Whether the sentence makes a judgement ("great", "génial") that the knowledge does not. */
function judgesBeyond(tokens: readonly Token[], knowledge: Knowledge, language: Language): boolean {
  for (const t of tokens) if (isJudgement(t, language) && !isKnown(t, knowledge)) return true;
  return false;
}

// Clauses end at punctuation and at the conjunctions that join two statements.
const CLAUSE_BREAK: Record<Language, RegExp> = {
  en: /[,;:()"“”]|\s[-–—]\s|\b(?:and|but|so|because|although|though|while|whereas|since|or)\b/gi,
  fr: /[,;:()"«»]|\s[-–—]\s|\b(?:et|mais|donc|car|puisque|alors que|bien que|ou)\b/gi,
  de: /[,;:()"„“]|\s[-–—]\s|\b(?:und|aber|denn|weil|obwohl|während|oder|sondern|doch)\b/gi,
  es: /[,;:()"«»]|\s[-–—]\s|\b(?:y|pero|porque|aunque|mientras|o|sino|pues)\b/gi,
};

const NOT_BLANK = /\S/;

/** The clauses of a sentence that have something in them: blank pieces are dropped in place, not trimmed. */
function clauses(sentence: string, language: Language): string[] {
  const pieces = sentence.split(CLAUSE_BREAK[language]);
  let kept = 0;
  for (const piece of pieces) if (NOT_BLANK.test(piece)) pieces[kept++] = piece;
  pieces.length = kept;
  return pieces;
}
