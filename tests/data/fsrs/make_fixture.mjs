// Makes reference.json: FSRS-6 reference values from ts-fsrs, the open-spaced-repetition TypeScript implementation.
//
//   npm install ts-fsrs@5.4.2 && node make_fixture.mjs > reference.json
//
// Settings as Deep Dive schedules: enable_short_term false (whole days), enable_fuzz false, default 21 weights.
// Each history is a card answered with scripted grades at scripted times; every step records the state ts-fsrs
// computed. The C++ scheduler (app/core/fsrs.cpp) must reproduce them (tests/core/tst_fsrs.cpp).
import { fsrs, generatorParameters, createEmptyCard } from 'ts-fsrs';

const DAY = 86400000;
const start = Date.UTC(2026, 0, 5, 9, 30); // a Monday morning, UTC

// [grade, hours after the previous review]
const histories = [
  { name: 'good-always', steps: [[3, 0], [3, 24], [3, 72], [3, 200], [3, 500], [3, 1300], [3, 3000]] },
  { name: 'easy-then-good', steps: [[4, 0], [3, 400], [3, 900], [4, 2000]] },
  { name: 'again-first', steps: [[1, 0], [1, 10], [3, 24], [3, 48], [3, 150]] },
  { name: 'lapse-in-review', steps: [[3, 0], [3, 72], [3, 240], [1, 700], [3, 30], [3, 100], [2, 300]] },
  { name: 'hard-streak', steps: [[2, 0], [2, 30], [2, 60], [2, 120], [3, 300]] },
  { name: 'overdue', steps: [[3, 0], [3, 24 * 40], [3, 24 * 200], [1, 24 * 400], [4, 24 * 3]] },
  { name: 'same-day', steps: [[3, 0], [3, 2], [1, 3], [3, 20], [4, 26]] },
  { name: 'mixed', steps: [[3, 0], [4, 50], [2, 120], [1, 250], [1, 20], [3, 48], [4, 96], [3, 400]] },
];
const retentions = [0.9, 0.8, 0.95];

const out = { generator: 'ts-fsrs 5.4.2', settings: { enable_short_term: false, enable_fuzz: false }, cases: [] };
for (const retention of retentions) {
  const f = fsrs(generatorParameters({ request_retention: retention, enable_short_term: false, enable_fuzz: false }));
  for (const h of histories) {
    let t = start;
    let card = createEmptyCard(new Date(t));
    const steps = [];
    for (const [grade, hours] of h.steps) {
      t += hours * 3600000;
      const now = new Date(t);
      // The full preview, so every grade's outcome is checked, then the scripted one is taken.
      const preview = f.repeat(card, now);
      const outcomes = [1, 2, 3, 4].map((g) => ({
        grade: g,
        stability: preview[g].card.stability,
        difficulty: preview[g].card.difficulty,
        dueMs: preview[g].card.due.getTime(),
        scheduledDays: preview[g].card.scheduled_days,
        reps: preview[g].card.reps,
        lapses: preview[g].card.lapses,
        state: preview[g].card.state,
      }));
      steps.push({ reviewMs: t, grade, outcomes });
      card = preview[grade].card;
    }
    out.cases.push({ name: h.name, retention, startMs: start, steps });
  }
}
console.log(JSON.stringify(out, null, 1));
