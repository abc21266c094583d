import Link from "next/link";
import type { StudySetDetail } from "@/lib/data/study";

type Mode = { href: string; title: string; text: string; count: number };

export function StudyModes({ set }: { set: StudySetDetail }) {
  const modes: Mode[] = [
    { href: `/sets/${set.id}/study`, title: "Flashcards", text: "Spaced repetition: due cards first, then new ones.", count: set.cardCount },
    { href: `/sets/${set.id}/cloze`, title: "Cloze practice", text: "Type the missing words of key sentences.", count: set.clozeCount },
    { href: `/sets/${set.id}/match`, title: "Matching practice", text: "Pair each prompt with its answer.", count: set.cardCount - set.clozeCount },
    { href: `/sets/${set.id}/learn`, title: "Learn mode", text: "Multiple choice first, then typed answers.", count: set.choiceQuestionCount },
    { href: `/sets/${set.id}/quiz`, title: "Take the quiz", text: "Every question type, scored at the end.", count: set.questionCount },
  ];
  return (
    <nav aria-labelledby="modes-heading">
      <h2 id="modes-heading" className="mb-3 text-xl font-semibold">
        Ways to study
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {modes
          .filter((mode) => mode.count > 0)
          .map((mode) => (
            <li key={mode.href}>
              <Link
                href={mode.href}
                className="block h-full rounded-lg border border-slate-300 bg-white p-4 shadow-sm hover:border-brand-700 focus-visible:outline-2 focus-visible:outline-brand-700"
              >
                <span className="block font-semibold text-brand-800">{mode.title}</span>
                <span className="mt-1 block text-sm text-slate-700">{mode.text}</span>
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
