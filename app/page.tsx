import { ButtonLink } from "@/components/ui/button";
import { StudySetCard } from "@/components/study-set-card";
import { getCurrentUser } from "@/lib/auth/guard";
import { getSampleSetTitle, listLibrarySets } from "@/lib/data/library";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) {
    const sampleTitle = await getSampleSetTitle();
    return (
      <section className="mx-auto max-w-2xl py-10 text-center">
        <h1 className="text-3xl font-bold sm:text-4xl">Turn any article into flashcards and quizzes</h1>
        <p className="mt-4 text-lg text-slate-700">
          Every card is traced to the sentence it came from. Review with spaced repetition, take practice quizzes, and assign
          quizzes to your classes.
        </p>
        {sampleTitle ? <p className="mt-4 text-slate-700">Try it on the sample: “{sampleTitle}”.</p> : null}
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <ButtonLink href="/sign-in">Sign in</ButtonLink>
          <ButtonLink href="/sign-up" variant="secondary">
            Create an account
          </ButtonLink>
        </div>
      </section>
    );
  }
  const sets = await listLibrarySets(user);
  return (
    <section>
      <h1 className="mb-4 text-2xl font-bold">Your library</h1>
      {sets.length === 0 ? (
        <p className="text-slate-700">No study sets yet.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {sets.map((set) => (
            <StudySetCard key={set.id} set={set} />
          ))}
        </ul>
      )}
    </section>
  );
}
