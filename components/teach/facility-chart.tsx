"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type FacilityBar = { label: string; facility: number; flagged: boolean };

/** Share right per question, flagged ones in amber; the summary table carries the same numbers for screen readers. */
export function FacilityChart({ bars }: { bars: FacilityBar[] }) {
  return (
    <div className="h-56 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
          <YAxis domain={[0, 100]} unit="%" width={44} />
          <Bar dataKey="facility" name="Right" isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell key={bar.label} fill={bar.flagged ? "#b45309" : "#1d4ed8"} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
