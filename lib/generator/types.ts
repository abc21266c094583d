// The study set the generator produces. This is the CLI's JSON contract (see issue 3);
// the app, the seed, the exporters and the CLI all read this one shape.

/** Which part of the article an item was made from; drives "mastery per kind of material". */
export type Material = "key_fact" | "table" | "expert" | "timeline" | "prose";

export type Source = {
  /** Heading of the section the quote sits under ("" before the first heading). */
  section: string;
  /** An exact excerpt of the input (whitespace aside), so the UI can highlight it. */
  quote: string;
};

export type Difficulty = "easy" | "medium" | "hard";

export type FlashcardKind =
  | "key_fact"
  | "cloze"
  | "table_cell"
  | "expert_position"
  | "expert_affiliation"
  | "date";

export type Flashcard = {
  id: string;
  kind: FlashcardKind;
  material: Material;
  front: string;
  back: string;
  explanation: string;
  difficulty: Difficulty;
  source: Source;
  /** Same value for every item made from the same source sentence (see `sourceKeyOf`); absent on items stored before it existed. */
  sourceKey?: string;
};

/** `numeric` and `multiple_response` come only from imports (GIFT, Moodle XML, QTI): the generator does not write them. */
export type QuestionType = "multiple_choice" | "multiple_response" | "true_false" | "matching" | "fill_in" | "ordering" | "numeric";

export type MatchingPair = { left: string; right: string };

export type Question = {
  id: string;
  type: QuestionType;
  material: Material;
  prompt: string;
  /** multiple_choice: the options, answer among them; multiple_response: the options, answers among them. */
  choices?: string[];
  /** multiple_response: every right choice (at least one); the other choices are wrong. */
  answers?: string[];
  /** multiple_choice: text of the right choice; true_false: boolean; fill_in: the missing text; numeric: the number. */
  answer?: string | boolean;
  /** numeric: how far from the answer a response may be and still be right (0 when absent). */
  tolerance?: number;
  /** fill_in: other spellings graded as right. */
  accepted?: string[];
  /** matching: the right pairing. */
  pairs?: MatchingPair[];
  /** matching: extra right-hand options that match no left side (imported from GIFT and Moodle). */
  distractors?: string[];
  /** ordering: the items in the right order. */
  items?: string[];
  explanation: string;
  difficulty: Difficulty;
  source: Source;
  /** Same value for every item made from the same source sentence, so a quiz can draw at most one question per sentence. */
  sourceKey?: string;
};

/** Something the teacher should know about how the article was read ("too short", "other language"). */
export type Notice = { code: NoticeCode; message: string };
export type NoticeCode = "too_short" | "several_articles" | "unsupported_language";

/** The article's language as detected: the scaffolding of items is written in it (other languages get English). */
export type ArticleLanguage = "en" | "es" | "fr" | "de" | "other";

export type StudySetContent = {
  title: string;
  flashcards: Flashcard[];
  questions: Question[];
  /** Detected language of the article (absent on sets stored before detection existed). */
  language?: ArticleLanguage;
  /** Notices for the preview; empty when the article was read without reservations. */
  notices?: Notice[];
};
