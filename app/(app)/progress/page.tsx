import type { Metadata } from "next";
import { DayBarChart, MasteryChart } from "@/components/progress/charts";
import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { StudySettingsForm } from "@/components/progress/study-settings-form";
import { requireUser } from "@/lib/auth/guard";
import { learnerTimeZone } from "@/lib/data/learner-time-zone";
import { getProgress } from "@/lib/data/progress";
import { getStudySettings } from "@/lib/data/study";
import { percent } from "@/lib/progress/stats";

export const metadata: Metadata = { title: "Progress" };

function Stat({ label, value, testId }: { label: string; value: string | number; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-2xl font-semibold" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

export default async function ProgressPage() {
  const user = await requireUser(undefined, "/progress");
  const [progress, settings] = await Promise.all([getProgress(user, { timeZone: await learnerTimeZone() }), getStudySettings(user)]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Your progress</h1>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Stat label="Due today" value={progress.dueToday} testId="due-today" />
        <Stat label="Reviews today" value={progress.reviewsToday} testId="reviews-today" />
        <Stat label="Total reviews (year)" value={progress.totalReviews} testId="total-reviews" />
        <Stat label="Streak" value={`${progress.streak} ${progress.streak === 1 ? "day" : "days"}`} testId="streak" />
        <Stat label="Retention" value={percent(progress.retention)} testId="retention" />
      </dl>

      <section aria-labelledby="forecast-heading" className="space-y-2">
        <h2 id="forecast-heading" className="text-xl font-semibold">
          Due in the next 14 days
        </h2>
        <DayBarChart data={progress.forecast} label="Cards due per day, next 14 days" color="#2753c9" />
        <details>
          <summary className="cursor-pointer text-sm text-brand-800">Show as a table</summary>
          <table className="mt-2 text-sm">
            <tbody>
              {progress.forecast.map((day) => (
                <tr key={day.day}>
                  <th scope="row" className="pr-4 text-left font-normal">
                    {day.label}
                  </th>
                  <td>{day.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="reviews-heading" className="space-y-2">
        <h2 id="reviews-heading" className="text-xl font-semibold">
          Reviews per day, last 30 days
        </h2>
        <DayBarChart data={progress.reviewsPerDay} label="Reviews per day, last 30 days" color="#15803d" />
      </section>

      <section aria-labelledby="mastery-heading" className="space-y-2">
        <h2 id="mastery-heading" className="text-xl font-semibold">
          Mastery by kind of material
        </h2>
        {progress.mastery.length ? (
          <>
            <MasteryChart data={progress.mastery.map(({ label, unseen, learning, young, mastered }) => ({ label, unseen, learning, young, mastered }))} />
            <div className="relative overflow-x-auto">
              <table className="w-full text-sm" data-testid="mastery-table">
                <thead>
                  <tr className="border-b border-slate-300 text-left">
                    <th scope="col" className="py-1 pr-3">Material</th>
                    <th scope="col" className="py-1 pr-3">Cards</th>
                    <th scope="col" className="py-1 pr-3">Not started</th>
                    <th scope="col" className="py-1 pr-3">Learning</th>
                    <th scope="col" className="py-1 pr-3">Reviewing</th>
                    <th scope="col" className="py-1 pr-3">Mastered (21+ days)</th>
                  </tr>
                </thead>
                <tbody>
                  {progress.mastery.map((row) => (
                    <tr key={row.material} className="border-b border-slate-200">
                      <th scope="row" className="py-1 pr-3 text-left font-medium">{row.label}</th>
                      <td className="py-1 pr-3">{row.total}</td>
                      <td className="py-1 pr-3">{row.unseen}</td>
                      <td className="py-1 pr-3">{row.learning}</td>
                      <td className="py-1 pr-3">{row.young}</td>
                      <td className="py-1 pr-3">{row.mastered} ({percent(row.share)})</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <p className="text-slate-700">No flashcards yet.</p>
        )}
      </section>

      <section aria-labelledby="quiz-heading" className="space-y-2">
        <h2 id="quiz-heading" className="text-xl font-semibold">
          Quiz history
        </h2>
        {progress.quizzes.length ? (
          <div className="relative overflow-x-auto">
            <table className="w-full text-sm" data-testid="quiz-history">
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="py-1 pr-3">Set</th>
                  <th scope="col" className="py-1 pr-3">Taken</th>
                  <th scope="col" className="py-1 pr-3">Score</th>
                </tr>
              </thead>
              <tbody>
                {progress.quizzes.map((quiz) => (
                  <tr key={quiz.id} className="border-b border-slate-200">
                    <td className="py-1 pr-3">
                      <Link href={quiz.assignment ? "/assignments" : `/sets/${quiz.setId}/quiz`} className="text-brand-800 underline">
                        {quiz.setTitle}
                      </Link>
                      {quiz.assignment ? <span className="text-slate-600"> · assignment</span> : null}
                    </td>
                    <td className="py-1 pr-3">
                      <LocalTime iso={quiz.submittedAt.toISOString()} />
                    </td>
                    <td className="py-1 pr-3 whitespace-nowrap">
                      {quiz.score}/{quiz.total} ({percent(quiz.total ? quiz.score / quiz.total : null)})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="text-slate-700">
            No quizzes taken yet. Every set in your{" "}
            <Link href="/" className="text-brand-800 underline">
              library
            </Link>{" "}
            has a practice quiz.
          </p>
        )}
      </section>

      <section id="settings" aria-labelledby="settings-heading" className="space-y-2">
        <h2 id="settings-heading" className="text-xl font-semibold">
          Study settings
        </h2>
        <StudySettingsForm newCardsPerDay={settings.newCardsPerDay} />
      </section>
    </div>
  );
}
