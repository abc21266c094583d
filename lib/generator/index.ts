export { generateStudySet } from "./generate";
export { gradeAnswer, type GradeResult, type Response } from "./grade";
export { readArticle, type Article, type Section, type Block } from "./read-article";
export { seededRandom } from "./text";
export {
  ArticleError,
  MAX_ARTICLE_BYTES,
  checkArticleText,
  decodeArticleBytes,
  validateArticleText,
  type ArticleErrorCode,
  type InputCheck,
} from "./validate-input";
export type * from "./types";
