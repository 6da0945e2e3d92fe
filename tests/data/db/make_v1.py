#!/usr/bin/env python3
"""Makes v1.db, the frozen schema-1 fixture the migration tests start from.

It was made once with this script and committed; it must never be regenerated from newer code, because it stands for
a database written by Deep Dive's first schema. The SQL below is a copy of migration 1 as it shipped.
"""
import os
import sqlite3
import sys

SCHEMA_1 = [
    """CREATE TABLE card_state (
        deck_id TEXT NOT NULL, card_id TEXT NOT NULL, topic_id TEXT NOT NULL,
        state INTEGER NOT NULL DEFAULT 0, stability REAL, difficulty REAL, due_ms INTEGER, last_review_ms INTEGER,
        reps INTEGER NOT NULL DEFAULT 0, lapses INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (deck_id, card_id)) WITHOUT ROWID""",
    "CREATE INDEX card_state_topic ON card_state (deck_id, topic_id)",
    "CREATE INDEX card_state_due ON card_state (due_ms)",
    """CREATE TABLE review_log (
        id INTEGER PRIMARY KEY, deck_id TEXT NOT NULL, card_id TEXT NOT NULL, topic_id TEXT NOT NULL,
        reviewed_ms INTEGER NOT NULL, grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),
        correct INTEGER NOT NULL CHECK (correct IN (0, 1)), response_ms INTEGER NOT NULL,
        state_before INTEGER NOT NULL, state_after INTEGER NOT NULL, stability_before REAL, stability_after REAL,
        difficulty_before REAL, difficulty_after REAL, due_after_ms INTEGER,
        UNIQUE (deck_id, card_id, reviewed_ms))""",
    "CREATE INDEX review_log_topic ON review_log (deck_id, topic_id, reviewed_ms)",
    "CREATE INDEX review_log_time ON review_log (reviewed_ms)",
    """CREATE TABLE bookmark (
        deck_id TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('topic', 'card')), item_id TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '', created_ms INTEGER NOT NULL,
        PRIMARY KEY (deck_id, kind, item_id)) WITHOUT ROWID""",
    """CREATE TABLE note (
        deck_id TEXT NOT NULL, topic_id TEXT NOT NULL, body TEXT NOT NULL, updated_ms INTEGER NOT NULL,
        PRIMARY KEY (deck_id, topic_id)) WITHOUT ROWID""",
    """CREATE TABLE note_version (
        id INTEGER PRIMARY KEY, deck_id TEXT NOT NULL, topic_id TEXT NOT NULL, body TEXT NOT NULL,
        saved_ms INTEGER NOT NULL)""",
    "CREATE INDEX note_version_topic ON note_version (deck_id, topic_id, saved_ms)",
    """CREATE TABLE topic_visit (
        deck_id TEXT NOT NULL, topic_id TEXT NOT NULL, last_opened_ms INTEGER NOT NULL,
        seconds_spent INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (deck_id, topic_id)) WITHOUT ROWID""",
]

T0 = 1_767_225_600_000  # 2026-01-01T00:00:00Z


def main(path):
    if os.path.exists(path):
        sys.exit(f"{path} exists; the fixture is frozen")
    db = sqlite3.connect(path)
    for sql in SCHEMA_1:
        db.execute(sql)
    for i in range(3):
        db.execute("INSERT INTO review_log (deck_id, card_id, topic_id, reviewed_ms, grade, correct, response_ms,"
                   " state_before, state_after, stability_after, difficulty_after, due_after_ms)"
                   " VALUES ('python', ?, 'gil', ?, 3, 1, 4000, 0, 2, 3.2, 5.1, ?)",
                   (f"gil-card-{i}", T0 + i * 60_000, T0 + 3 * 86_400_000))
        db.execute("INSERT INTO card_state VALUES ('python', ?, 'gil', 2, 3.2, 5.1, ?, ?, 1, 0)",
                   (f"gil-card-{i}", T0 + 3 * 86_400_000, T0 + i * 60_000))
    db.execute("INSERT INTO bookmark VALUES ('python', 'topic', 'gil', 'weak', ?)", (T0,))
    db.execute("INSERT INTO note VALUES ('python', 'gil', 'The GIL is *released* on blocking I/O.', ?)", (T0,))
    db.execute("INSERT INTO note_version (deck_id, topic_id, body, saved_ms) VALUES ('python', 'gil', 'draft', ?)",
               (T0 - 1000,))
    db.execute("INSERT INTO topic_visit VALUES ('python', 'gil', ?, 320)", (T0,))
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.execute("VACUUM")
    db.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "v1.db")
