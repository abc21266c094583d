import { z } from "zod";

// Names people and classes are known by, as shown to others: refused when they carry characters that
// hide or disguise text rather than write it.

// C0 and C1 control characters (NUL, tab, newline, escape, ...).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// Bidirectional embeddings, overrides and isolates, which reorder what follows them (e.g. "gpj.exe" shown as "exe.jpg").
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
// Characters that render as nothing: zero-width space/joiners, word joiner, invisible operators, BOM,
// soft hyphen, combining grapheme joiner, Hangul fillers, and other format characters.
const INVISIBLE = /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0]|\p{Cf}/gu;

/** A trimmed display name of 1..max characters, with something visible in it and no control or direction characters. */
export function displayName(options: { max: number; empty: string; tooLong: string }) {
  return z
    .string()
    .trim()
    .min(1, options.empty)
    .max(options.max, options.tooLong)
    .refine((name) => !CONTROL.test(name), "Remove the control characters (such as tabs or line breaks).")
    .refine((name) => !BIDI_CONTROL.test(name), "Remove the characters that reverse the text direction.")
    .refine((name) => name.replace(INVISIBLE, "").trim().length > 0, options.empty);
}
