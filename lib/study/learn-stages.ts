// The stages of a question in Learn mode, as LearnProgress stores them. No row means stage 0:
// not answered right yet, so it is asked as multiple choice.
export const CHOSEN_RIGHT = 1; // answered right by choice: asked to be typed next
export const LEARNED = 2; // typed right: learned
