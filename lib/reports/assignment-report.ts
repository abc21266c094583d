// Per-assignment report: how scores spread, and per question what the class got right and which wrong
// answers it picked. Each student counts once, with their latest submitted attempt. Pure.

export type ReportQuestion = { itemId: string; prompt: string; type: string; choices: string[]; answer: string };
export type ReportAnswer = { itemId: string; response: string; correct: boolean };
export type ReportAttempt = {
  userId: string;
  studentName: string;
  submittedAt: Date;
  late: boolean;
  score: number;
  total: number;
  answers: ReportAnswer[];
};

export type ScoreBucket = { label: string; students: number };
export type WrongAnswerCount = { answer: string; count: number };
export type QuestionReport = {
  itemId: string;
  prompt: string;
  type: string;
  correctAnswer: string;
  answered: number;
  correct: number;
  shareCorrect: number | null;
  wrongAnswers: WrongAnswerCount[];
};
export type StudentAnswers = {
  userId: string;
  studentName: string;
  score: number;
  total: number;
  late: boolean;
  answers: { itemId: string; response: string; correct: boolean | null }[];
};
export type AssignmentReport = {
  submittedCount: number;
  averagePercent: number | null;
  distribution: ScoreBucket[];
  questions: QuestionReport[];
  students: StudentAnswers[];
};

/** A stored answer (JSON) as a reader would say it: "True", "a → b; c → d", the chosen choice text, "a; b" for the choices ticked. */
export function describeResponse(json: string, type?: string): string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  // Ticked choices are a set, not an order: no arrows between them.
  if (type === "multiple_response" && Array.isArray(value)) return value.map(String).join("; ") || "(no answer)";
  const say = (part: unknown): string => {
    if (part === null || part === undefined) return "(no answer)";
    if (typeof part === "boolean") return part ? "True" : "False";
    if (typeof part === "string" || typeof part === "number") return String(part);
    if (Array.isArray(part)) return part.map(say).join(" → ");
    if (typeof part === "object") {
      const record = part as Record<string, unknown>;
      if ("left" in record && "right" in record) return `${say(record.left)} → ${say(record.right)}`;
      if ("choice" in record) return say(record.choice);
      if ("answer" in record) return say(record.answer);
      return Object.entries(record)
        .map(([key, val]) => `${key} → ${say(val)}`)
        .join("; ");
    }
    return String(part);
  };
  const text = say(value).trim();
  return text || "(no answer)";
}

export function latestPerStudent(attempts: ReportAttempt[]): ReportAttempt[] {
  const latest = new Map<string, ReportAttempt>();
  for (const attempt of attempts) {
    const seen = latest.get(attempt.userId);
    if (!seen || attempt.submittedAt > seen.submittedAt) latest.set(attempt.userId, attempt);
  }
  return [...latest.values()].sort((a, b) => a.studentName.localeCompare(b.studentName));
}

/** Ten buckets 0–9 % … 90–100 %; 100 % falls in the last. */
export function scoreDistribution(percents: number[]): ScoreBucket[] {
  const buckets = Array.from({ length: 10 }, (_, index) => ({
    label: index === 9 ? "90–100%" : `${index * 10}–${index * 10 + 9}%`,
    students: 0,
  }));
  for (const value of percents) buckets[Math.min(9, Math.max(0, Math.floor(value / 10)))].students++;
  return buckets;
}

export function buildAssignmentReport(questions: ReportQuestion[], attempts: ReportAttempt[]): AssignmentReport {
  const counted = latestPerStudent(attempts);
  const percents = counted.map((attempt) => (attempt.total > 0 ? (attempt.score / attempt.total) * 100 : 0));
  const questionReports = questions.map((question): QuestionReport => {
    const answers = counted.flatMap((attempt) => attempt.answers.filter((answer) => answer.itemId === question.itemId));
    const correct = answers.filter((answer) => answer.correct).length;
    const wrong = new Map<string, number>();
    for (const answer of answers) {
      if (answer.correct) continue;
      const said = describeResponse(answer.response, question.type);
      wrong.set(said, (wrong.get(said) ?? 0) + 1);
    }
    return {
      itemId: question.itemId,
      prompt: question.prompt,
      type: question.type,
      correctAnswer: question.answer,
      answered: answers.length,
      correct,
      shareCorrect: answers.length ? correct / answers.length : null,
      wrongAnswers: [...wrong.entries()]
        .map(([answer, count]) => ({ answer, count }))
        .sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer)),
    };
  });
  return {
    submittedCount: counted.length,
    averagePercent: percents.length ? Math.round(percents.reduce((sum, value) => sum + value, 0) / percents.length) : null,
    distribution: scoreDistribution(percents),
    questions: questionReports,
    students: counted.map((attempt) => ({
      userId: attempt.userId,
      studentName: attempt.studentName,
      score: attempt.score,
      total: attempt.total,
      late: attempt.late,
      answers: questions.map((question) => {
        const answer = attempt.answers.find((candidate) => candidate.itemId === question.itemId);
        return { itemId: question.itemId, response: answer ? describeResponse(answer.response, question.type) : "(no answer)", correct: answer ? answer.correct : null };
      }),
    })),
  };
}
