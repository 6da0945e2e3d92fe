// deepdive_make_history: a seeded, realistic year of study written into a data folder exactly as the app stores it,
// through the app's own classes (UserData, StudyRecorder, NoteStore, BookmarkStore, SessionStore, BackupRotation), so
// that its schema can never drift from the app's.
//
//   deepdive_make_history --deck DIR --data-dir OUT [--answers 100000] [--days 365] [--notes 500] [--bookmarks 300]
//                         [--seed 1]
//
// The simulated learner studies most evenings for `days` days up to yesterday, and has a session in progress today:
//   - each day the due cards first (oldest due first), then up to 20 new cards in deck order, then, to reach the day's
//     share of `answers`, the answered cards it is least sure of (lowest retrievability: "study ahead"; in the
//     last three days not the cards due today, so that some come due today);
//   - whether a card is recalled follows the FSRS model: recalled with probability R (its retrievability at that
//     moment; 0.55 for a card never seen), then Hard 12%, Good 78%, Easy 10%; forgotten is Again;
//   - a few days are skipped (4%, none in the last 30, so the streak is at least a month long), the day's answers are one
//     finished study session, the topics studied are visited;
//   - daily backups for the 7 days before today (the app makes today's at its next start);
//   - `notes` note saves on random topics (one note per topic; saves past the number of topics become versions) and
//     `bookmarks` bookmarks (topics first, then cards; a quarter labelled "weak");
//   - today: a session of 100 cards started 10 minutes ago, 40 of them answered.
// The same seed and deck give the same history (relative to today's date).
#include "backuprotation.h"
#include "bookmarklabels.h"
#include "deckloader.h"
#include "fsrs.h"
#include "studyrecorder.h"
#include "userdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <numeric>

using namespace DeepDive;

namespace {

struct SimCard
{
    QString deckId;
    QString topicId;
    QString cardId;
    CardState state;
};

class Learner
{
public:
    Learner(QList<SimCard> cards, UserData &data, quint32 seed)
        : m_cards(std::move(cards))
        , m_data(data)
        , m_recorder(data.reviews, m_fsrs)
        , m_rng(seed)
    {
    }

    // One study session at `startMs` of up to `budget` answers; returns the answers given, or -1 on an error.
    // Studying ahead leaves alone the cards due by `keepDueMs` (0: none).
    int studyDay(qint64 startMs, int budget, int newLimit, qint64 keepDueMs, bool finish, QString *error)
    {
        const QList<int> order = pick(startMs, budget, newLimit, keepDueMs);
        if (order.isEmpty())
            return 0;
        QStringList keys;
        for (const int i : order)
            keys.append(m_cards[i].deckId + QLatin1Char('/') + m_cards[i].cardId);
        const std::optional<StudySession> session = m_data.sessions.start(QStringLiteral("all"), keys, startMs, error);
        if (!session)
            return -1;
        const int answers = finish ? int(order.size()) : int(order.size()) * 2 / 5;
        qint64 t = startMs;
        QSet<QString> topics;
        const bool ok = m_data.database.transaction([&] {
            for (int n = 0; n < answers; ++n) {
                const qint64 gap = 4'000 + m_rng.bounded(11'000);
                t += gap;
                if (!answer(m_cards[order[n]], t, gap, error))
                    return false;
                topics.insert(m_cards[order[n]].topicId);
            }
            if (!m_data.sessions.save(session->id, keys, answers, error))
                return false;
            for (const QString &topic : std::as_const(topics)) {
                if (!m_data.visits.record(m_cards[order[0]].deckId, topic, startMs, 60 + m_rng.bounded(600), error))
                    return false;
            }
            return !finish || m_data.sessions.finish(session->id, t + 1'000, error);
        }, error);
        return ok ? answers : -1;
    }

    const QList<SimCard> &cards() const { return m_cards; }
    QRandomGenerator &rng() { return m_rng; }

private:
    QList<int> pick(qint64 nowMs, int budget, int newLimit, qint64 keepDueMs) const
    {
        QList<int> due;
        QList<int> fresh;
        QList<std::pair<double, int>> ahead; // (retrievability, card)
        const qint64 cutoff = CardState::dueCutoff(nowMs); // CardState::isDue, the cutoff computed once
        for (int i = 0; i < m_cards.size(); ++i) {
            const CardState &s = m_cards[i].state;
            if (s.lastReviewMs == 0)
                fresh.append(i);
            else if (s.dueMs <= cutoff)
                due.append(i);
            else if (s.dueMs > keepDueMs)
                ahead.append({m_fsrs.retrievabilityAt(s, nowMs), i});
        }
        std::sort(due.begin(), due.end(), [this](int a, int b) { return m_cards[a].state.dueMs < m_cards[b].state.dueMs; });
        QList<int> order = due.mid(0, budget);
        order += fresh.mid(0, std::min<qsizetype>(newLimit, budget - order.size()));
        if (order.size() < budget) {
            const qsizetype more = std::min<qsizetype>(budget - order.size(), ahead.size());
            std::partial_sort(ahead.begin(), ahead.begin() + more, ahead.end());
            for (qsizetype i = 0; i < more; ++i)
                order.append(ahead[i].second);
        }
        return order;
    }

    bool answer(SimCard &card, qint64 atMs, qint64 responseMs, QString *error)
    {
        const double recall = card.state.lastReviewMs == 0 ? 0.55 : m_fsrs.retrievabilityAt(card.state, atMs);
        int grade = Fsrs::Again;
        if (m_rng.generateDouble() < recall) {
            const double u = m_rng.generateDouble();
            grade = u < 0.12 ? Fsrs::Hard : u < 0.90 ? Fsrs::Good : Fsrs::Easy;
        }
        Answer a;
        a.deckId = card.deckId;
        a.topicId = card.topicId;
        a.cardId = card.cardId;
        a.grade = grade;
        a.correct = grade > Fsrs::Again;
        a.answeredMs = atMs;
        a.responseMs = responseMs;
        if (!m_recorder.record(a, error))
            return false;
        CardState before = card.state;
        before.deckId = card.deckId;
        before.cardId = card.cardId;
        before.topicId = card.topicId;
        card.state = m_fsrs.review(before, grade, atMs); // what the recorder stored
        return true;
    }

    QList<SimCard> m_cards;
    UserData &m_data;
    const Fsrs m_fsrs;
    StudyRecorder m_recorder;
    QRandomGenerator m_rng;
};

QString noteBody(QRandomGenerator &rng, const QString &topic)
{
    static const QStringList words{QStringLiteral("remember"), QStringLiteral("the"), QStringLiteral("iterator"),
                                   QStringLiteral("protocol"), QStringLiteral("closure"), QStringLiteral("binds"),
                                   QStringLiteral("late"), QStringLiteral("default"), QStringLiteral("argument"),
                                   QStringLiteral("evaluated"), QStringLiteral("once"), QStringLiteral("interview"),
                                   QStringLiteral("asked"), QStringLiteral("about"), QStringLiteral("this"),
                                   QStringLiteral("`yield`"), QStringLiteral("generator"), QStringLiteral("copy")};
    QString body = QStringLiteral("# My notes on %1\n\n").arg(topic);
    const int paragraphs = 1 + int(rng.bounded(4));
    for (int p = 0; p < paragraphs; ++p) {
        const int n = 20 + int(rng.bounded(80));
        for (int w = 0; w < n; ++w)
            body += words[rng.bounded(int(words.size()))] + (w + 1 < n ? QStringLiteral(" ") : QStringLiteral(".\n\n"));
    }
    return body;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a seeded year of study into a Deep Dive data folder."));
    parser.addHelpOption();
    const QCommandLineOption deckOption(QStringLiteral("deck"), QStringLiteral("The deck folder studied."), QStringLiteral("dir"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"), QStringLiteral("The data folder to write (new or empty)."),
                                        QStringLiteral("dir"));
    const QCommandLineOption answersOption(QStringLiteral("answers"), QStringLiteral("Answers in the year."), QStringLiteral("n"),
                                           QStringLiteral("100000"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days of study."), QStringLiteral("n"),
                                        QStringLiteral("365"));
    const QCommandLineOption notesOption(QStringLiteral("notes"), QStringLiteral("Note saves."), QStringLiteral("n"),
                                         QStringLiteral("500"));
    const QCommandLineOption bookmarksOption(QStringLiteral("bookmarks"), QStringLiteral("Bookmarks."), QStringLiteral("n"),
                                             QStringLiteral("300"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"),
                                        QStringLiteral("1"));
    parser.addOptions({deckOption, dataOption, answersOption, daysOption, notesOption, bookmarksOption, seedOption});
    parser.process(app);
    QTextStream err(stderr);
    if (!parser.isSet(deckOption) || !parser.isSet(dataOption)) {
        err << "make_history: --deck and --data-dir are required (see --help)\n";
        return 2;
    }
    const int totalAnswers = parser.value(answersOption).toInt();
    const int days = parser.value(daysOption).toInt();
    const QDir out(parser.value(dataOption));
    if (out.exists() && !out.isEmpty()) {
        err << "make_history: " << out.path() << " is not empty; give a new folder\n";
        return 2;
    }
    QList<Diagnostic> problems;
    const QList<Deck> decks = DeckLoader::loadAll({parser.value(deckOption)}, &problems);
    if (decks.isEmpty()) {
        err << "make_history: no deck in " << parser.value(deckOption) << '\n';
        return 1;
    }
    const Deck &deck = decks.first();
    QList<SimCard> cards;
    for (const Topic &topic : deck.topics) {
        for (qsizetype c = 0; c < topic.cardCount(); ++c)
            cards.append({deck.id, topic.id, topic.cardId(c).toString(), {}});
    }
    if (!QDir().mkpath(out.path())) {
        err << "make_history: cannot create " << out.path() << '\n';
        return 1;
    }
    UserData data;
    QString error;
    if (!data.open(out.filePath(QStringLiteral("deepdive.db")), out.filePath(QStringLiteral("backups")), &error)) {
        err << "make_history: " << error << '\n';
        return 1;
    }
    const quint32 seed = parser.value(seedOption).toUInt();
    Learner learner(cards, data, seed);
    QRandomGenerator &rng = learner.rng();
    const QDateTime now = QDateTime::currentDateTime();
    const QDate today = now.date();
    QElapsedTimer timer;
    timer.start();
    // The active days, then each one's share of the answers still to give.
    QList<QDate> studyDays;
    for (int d = days; d >= 1; --d) {
        if (d <= 30 || rng.generateDouble() >= 0.04)
            studyDays.append(today.addDays(-d));
    }
    int given = 0;
    for (qsizetype i = 0; i < studyDays.size(); ++i) {
        const qsizetype left = studyDays.size() - i;
        const int share = int((totalAnswers - given) / left);
        const int budget = std::max(1, int(share * (0.8 + 0.4 * rng.generateDouble())));
        const QDateTime start(studyDays[i], QTime(18, 0).addSecs(int(rng.bounded(3 * 3600))));
        // In the last three days, studying ahead leaves today's cards alone, so that some come due today.
        const qint64 keepDue = today.daysTo(studyDays[i]) >= -3 ? CardState::dueCutoff(now.toMSecsSinceEpoch()) : 0;
        const int n = learner.studyDay(start.toMSecsSinceEpoch(), budget, 20, keepDue, true, &error);
        if (n < 0) {
            err << "make_history: " << studyDays[i].toString(Qt::ISODate) << ": " << error << '\n';
            return 1;
        }
        given += n;
        if (today.daysTo(studyDays[i]) >= -7) // the backup the app made that day (after the session, for the record)
            BackupRotation::rotate(data.database.file(), data.database.backupDir(), QDateTime(studyDays[i], QTime(23, 30)), 7, &error);
    }
    for (QDate d = today.addDays(-7); d < today; d = d.addDays(1)) { // days skipped still had their backup
        if (!QFileInfo::exists(QDir(data.database.backupDir()).filePath(QStringLiteral("deepdive-%1.db").arg(d.toString(Qt::ISODate)))))
            BackupRotation::rotate(data.database.file(), data.database.backupDir(), QDateTime(d, QTime(23, 30)), 7, &error);
    }
    // Notes and bookmarks, over the year.
    const qint64 yearStart = QDateTime(today.addDays(-days), QTime(12, 0)).toMSecsSinceEpoch();
    const qint64 span = now.toMSecsSinceEpoch() - yearStart;
    const auto when = [&] { return yearStart + qint64(rng.generateDouble() * double(span) * 0.99); };
    QList<qsizetype> topicOrder(deck.topics.size());
    std::iota(topicOrder.begin(), topicOrder.end(), 0);
    std::shuffle(topicOrder.begin(), topicOrder.end(), rng);
    const int noteSaves = parser.value(notesOption).toInt();
    QList<qint64> noteTimes;
    for (int i = 0; i < noteSaves; ++i)
        noteTimes.append(when());
    std::sort(noteTimes.begin(), noteTimes.end()); // a version is older than the note it was replaced by
    for (int i = 0; i < noteSaves; ++i) {
        const Topic &topic = deck.topics[topicOrder[i % topicOrder.size()]];
        if (!data.notes.save({deck.id, topic.id, noteBody(rng, plainTitle(topic.title)), noteTimes[i]}, &error)) {
            err << "make_history: note: " << error << '\n';
            return 1;
        }
    }
    const int bookmarks = parser.value(bookmarksOption).toInt();
    const int topicBookmarks = std::min<int>(bookmarks * 3 / 5, int(deck.topics.size()));
    QList<qsizetype> cardOrder(cards.size());
    std::iota(cardOrder.begin(), cardOrder.end(), 0);
    std::shuffle(cardOrder.begin(), cardOrder.end(), rng);
    for (int i = 0; i < bookmarks && i - topicBookmarks < cardOrder.size(); ++i) {
        const QString label = i % 4 == 0 ? BookmarkLabels::weak() : i % 8 == 1 ? QStringLiteral("before the interview") : QString();
        const Bookmark b = i < topicBookmarks ? Bookmark{deck.id, Bookmark::Topic, deck.topics[topicOrder[i]].id, label, when()}
                                              : Bookmark{deck.id, Bookmark::Card, cards[cardOrder[i - topicBookmarks]].cardId, label, when()};
        if (!data.bookmarks.set(b, &error)) {
            err << "make_history: bookmark: " << error << '\n';
            return 1;
        }
    }
    // Today's session, in progress: 40 of its 100 cards answered.
    if (learner.studyDay(now.toMSecsSinceEpoch() - 10 * 60'000, 100, 20, 0, false, &error) < 0) {
        err << "make_history: today's session: " << error << '\n';
        return 1;
    }
    const int reviews = data.reviews.reviewCount();
    data.database.close();
    QTextStream(stdout) << "make_history: " << out.path() << ": deck " << deck.id << " (" << deck.topics.size() << " topics, "
                        << cards.size() << " cards), " << reviews << " answers over " << studyDays.size() << " days, "
                        << noteSaves << " note saves, " << bookmarks << " bookmarks, "
                        << BackupRotation::list(out.filePath(QStringLiteral("backups"))).size() << " backups, a session in "
                        << "progress; " << timer.elapsed() << " ms\n";
    return 0;
}
