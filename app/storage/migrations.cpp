#include "migrations.h"

namespace DeepDive {

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> steps = {
        // 1: the first schema. Everything is keyed by the content's stable ids (deck, topic, card), never by a row
        // of the content, so that renamed or moved topics keep their history and removed ones come back whole.
        {
            QStringLiteral(R"(CREATE TABLE card_state (
                deck_id TEXT NOT NULL,
                card_id TEXT NOT NULL,
                topic_id TEXT NOT NULL,
                state INTEGER NOT NULL DEFAULT 0,       -- 0 new, 1 learning, 2 review, 3 relearning
                stability REAL,
                difficulty REAL,
                due_ms INTEGER,
                last_review_ms INTEGER,
                reps INTEGER NOT NULL DEFAULT 0,
                lapses INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (deck_id, card_id)
            ) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX card_state_topic ON card_state (deck_id, topic_id)"),
            QStringLiteral("CREATE INDEX card_state_due ON card_state (due_ms)"),
            // Append-only, as Anki's revlog: the schedule can always be rebuilt by replaying it.
            QStringLiteral(R"(CREATE TABLE review_log (
                id INTEGER PRIMARY KEY,
                deck_id TEXT NOT NULL,
                card_id TEXT NOT NULL,
                topic_id TEXT NOT NULL,
                reviewed_ms INTEGER NOT NULL,
                grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),
                correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
                response_ms INTEGER NOT NULL,
                state_before INTEGER NOT NULL,
                state_after INTEGER NOT NULL,
                stability_before REAL,
                stability_after REAL,
                difficulty_before REAL,
                difficulty_after REAL,
                due_after_ms INTEGER,
                UNIQUE (deck_id, card_id, reviewed_ms)
            ))"),
            QStringLiteral("CREATE INDEX review_log_topic ON review_log (deck_id, topic_id, reviewed_ms)"),
            QStringLiteral("CREATE INDEX review_log_time ON review_log (reviewed_ms)"),
            QStringLiteral(R"(CREATE TABLE bookmark (
                deck_id TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('topic', 'card')),
                item_id TEXT NOT NULL,
                label TEXT NOT NULL DEFAULT '',
                created_ms INTEGER NOT NULL,
                PRIMARY KEY (deck_id, kind, item_id)
            ) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE note (
                deck_id TEXT NOT NULL,
                topic_id TEXT NOT NULL,
                body TEXT NOT NULL,
                updated_ms INTEGER NOT NULL,
                PRIMARY KEY (deck_id, topic_id)
            ) WITHOUT ROWID)"),
            // The last few saved versions of each note, newest last.
            QStringLiteral(R"(CREATE TABLE note_version (
                id INTEGER PRIMARY KEY,
                deck_id TEXT NOT NULL,
                topic_id TEXT NOT NULL,
                body TEXT NOT NULL,
                saved_ms INTEGER NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX note_version_topic ON note_version (deck_id, topic_id, saved_ms)"),
            QStringLiteral(R"(CREATE TABLE topic_visit (
                deck_id TEXT NOT NULL,
                topic_id TEXT NOT NULL,
                last_opened_ms INTEGER NOT NULL,
                seconds_spent INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (deck_id, topic_id)
            ) WITHOUT ROWID)"),
        },
        // 2: study sessions that can be left and resumed.
        {
            QStringLiteral(R"(CREATE TABLE study_session (
                id INTEGER PRIMARY KEY,
                scope TEXT NOT NULL,
                started_ms INTEGER NOT NULL,
                finished_ms INTEGER,
                card_keys TEXT NOT NULL,              -- deck_id/card_id, one per line, in study order
                position INTEGER NOT NULL DEFAULT 0
            ))"),
        },
        // 3: progress that follows the learner through a synced folder (app/sync). Every answer gets a globally
        // unique id and the device it was given on (filled in by the next sync run, so that recording an answer stays
        // as it was); the rest is what the sync engine remembers between runs.
        {
            QStringLiteral("ALTER TABLE review_log ADD COLUMN uid TEXT"),
            QStringLiteral("ALTER TABLE review_log ADD COLUMN origin TEXT"),
            QStringLiteral("CREATE UNIQUE INDEX review_log_uid ON review_log (uid)"),
            // This installation's device id and name, its own journal's length and hash, and the like.
            QStringLiteral("CREATE TABLE sync_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
            // Every answer id the engine has accounted for: journaled (or received), and when it was undone.
            QStringLiteral(R"(CREATE TABLE sync_answer (
                uid TEXT PRIMARY KEY,
                undone_ms INTEGER,
                journaled INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID)"),
            // How far each journal in the sync folder was read, with a hash of what was read, so that a rewritten or
            // truncated file is noticed and read again from the start.
            QStringLiteral(R"(CREATE TABLE sync_journal (
                file TEXT PRIMARY KEY,
                device_id TEXT NOT NULL DEFAULT '',
                device_name TEXT NOT NULL DEFAULT '',
                read_bytes INTEGER NOT NULL DEFAULT 0,
                read_lines INTEGER NOT NULL DEFAULT 0,
                prefix_sha256 TEXT NOT NULL DEFAULT '',
                last_event_ms INTEGER NOT NULL DEFAULT 0,
                problem TEXT NOT NULL DEFAULT ''
            ) WITHOUT ROWID)"),
            // Last writer wins: bookmarks and the settings that follow the learner, with the change that won.
            QStringLiteral(R"(CREATE TABLE sync_register (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL,
                changed_ms INTEGER NOT NULL,
                device_id TEXT NOT NULL,
                journaled INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID)"),
            // The history of each note as the devices wrote it: versions with their parents, for three-way merges.
            QStringLiteral(R"(CREATE TABLE sync_note_version (
                vid TEXT PRIMARY KEY,
                deck_id TEXT NOT NULL,
                topic_id TEXT NOT NULL,
                parents TEXT NOT NULL DEFAULT '',
                body TEXT,
                saved_ms INTEGER NOT NULL,
                device_id TEXT NOT NULL,
                journaled INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX sync_note_version_topic ON sync_note_version (deck_id, topic_id)"),
            // The version the note in the note table is (the local head).
            QStringLiteral(R"(CREATE TABLE sync_note_head (
                deck_id TEXT NOT NULL,
                topic_id TEXT NOT NULL,
                vid TEXT NOT NULL,
                PRIMARY KEY (deck_id, topic_id)
            ) WITHOUT ROWID)"),
        },
    };
    return steps;
}

} // namespace DeepDive
