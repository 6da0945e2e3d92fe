#include "notehistory.h"
#include "userdata.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace DeepDive;

namespace {
const QString deck = QStringLiteral("python");
const QString topic = QStringLiteral("gil");
} // namespace

class TestNoteHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void capture_makesAVersionOnlyWhenTheTextChanged();
    void onlyTheOtherSideChanged_itsTextIsTaken();
    void onlyThisSideChanged_itsTextStays();
    void bothChanged_localStays_andTheOtherIsAConflict();
    void sameTextOnBothSides_isNoConflict_andTheNextEditFollowsBoth();
    void resolve_data();
    void resolve();
    void ancestorKnownOnlyByItsId_isNoConflict();

private:
    NoteVersion remote(const QString &vid, const QStringList &parents, const QString &body, qint64 at = 2000)
    {
        return {vid, deck, topic, parents, body, at, QStringLiteral("other-device"), true};
    }
    void insert(const NoteVersion &v)
    {
        bool added = false;
        QString error;
        QVERIFY2(m_history->insert(v, &added, &error), qPrintable(error));
        QVERIFY(added);
    }
    void save(const QString &body, qint64 at = 1000)
    {
        QString error;
        QVERIFY(m_data->notes.save({deck, topic, body, at}, &error));
        QVERIFY2(m_history->capture(deck, topic, body, at, QStringLiteral("this-device"), &error), qPrintable(error));
    }
    NoteHistory::Outcome settle()
    {
        NoteHistory::Outcome outcome = NoteHistory::Outcome::Unchanged;
        QString error;
        if (!m_history->settle(deck, topic, &outcome, &error))
            qWarning("settle: %s", qPrintable(error));
        return outcome;
    }
    QString note() const { return m_data->notes.note(deck, topic).value_or(Note{}).body; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<UserData> m_data;
    std::unique_ptr<NoteHistory> m_history;
};

void TestNoteHistory::init()
{
    m_history.reset();
    m_data.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_data = std::make_unique<UserData>();
    QVERIFY(m_data->open(m_dir->filePath(QStringLiteral("d.db")), m_dir->filePath(QStringLiteral("b"))));
    m_history = std::make_unique<NoteHistory>(m_data->database);
}

void TestNoteHistory::capture_makesAVersionOnlyWhenTheTextChanged()
{
    save(QStringLiteral("one"));
    const QString first = m_history->localHead(deck, topic);
    QVERIFY(!first.isEmpty());
    save(QStringLiteral("one"));
    QCOMPARE(m_history->versions(deck, topic).size(), 1);
    save(QStringLiteral("two"));
    const QList<NoteVersion> heads = m_history->heads(deck, topic);
    QCOMPARE(heads.size(), 1);
    QCOMPARE(heads[0].parents, QStringList{first});
    QCOMPARE(heads[0].vid, m_history->localHead(deck, topic));
    QVERIFY(!heads[0].journaled);
}

void TestNoteHistory::onlyTheOtherSideChanged_itsTextIsTaken()
{
    save(QStringLiteral("shared"));
    insert(remote(QStringLiteral("r1"), {m_history->localHead(deck, topic)}, QStringLiteral("theirs")));
    QCOMPARE(settle(), NoteHistory::Outcome::TookOther);
    QCOMPARE(note(), QStringLiteral("theirs"));
    QCOMPARE(m_history->localHead(deck, topic), QStringLiteral("r1"));
    QVERIFY(m_history->conflicts().isEmpty());
    // The replaced text is still among the note's versions.
    QCOMPARE(m_data->notes.versions(deck, topic).constLast().body, QStringLiteral("shared"));
}

void TestNoteHistory::onlyThisSideChanged_itsTextStays()
{
    insert(remote(QStringLiteral("r1"), {}, QStringLiteral("theirs")));
    QCOMPARE(settle(), NoteHistory::Outcome::TookOther);
    save(QStringLiteral("mine, after theirs"));
    // The same version again (a conflict copy of its journal): nothing new, and the local text stays.
    bool added = true;
    QString error;
    QVERIFY(m_history->insert(remote(QStringLiteral("r1"), {}, QStringLiteral("theirs")), &added, &error));
    QVERIFY(!added);
    QCOMPARE(settle(), NoteHistory::Outcome::Unchanged);
    QCOMPARE(note(), QStringLiteral("mine, after theirs"));
    QVERIFY(m_history->conflicts().isEmpty());
}

void TestNoteHistory::bothChanged_localStays_andTheOtherIsAConflict()
{
    save(QStringLiteral("shared"));
    const QString base = m_history->localHead(deck, topic);
    save(QStringLiteral("mine"));
    insert(remote(QStringLiteral("r1"), {base}, QStringLiteral("theirs"), 99'000)); // newer, and still not taken
    QCOMPARE(settle(), NoteHistory::Outcome::Conflict);
    QCOMPARE(note(), QStringLiteral("mine"));
    const QList<NoteConflict> conflicts = m_history->conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts[0].mine, QStringLiteral("mine"));
    QCOMPARE(conflicts[0].theirs.vid, QStringLiteral("r1"));
    QCOMPARE(*conflicts[0].theirs.body, QStringLiteral("theirs"));
}

void TestNoteHistory::sameTextOnBothSides_isNoConflict_andTheNextEditFollowsBoth()
{
    save(QStringLiteral("same"));
    insert(remote(QStringLiteral("r1"), {}, QStringLiteral("same")));
    QCOMPARE(settle(), NoteHistory::Outcome::Unchanged);
    QVERIFY(m_history->conflicts().isEmpty());
    save(QStringLiteral("edited"));
    QCOMPARE(m_history->heads(deck, topic).size(), 1);
    QVERIFY(m_history->heads(deck, topic)[0].parents.contains(QStringLiteral("r1")));
}

void TestNoteHistory::resolve_data()
{
    QTest::addColumn<NoteHistory::Resolution>("resolution");
    QTest::addColumn<QString>("result");
    QTest::newRow("keep mine") << NoteHistory::Resolution::KeepMine << QStringLiteral("mine");
    QTest::newRow("take theirs") << NoteHistory::Resolution::TakeTheirs << QStringLiteral("theirs");
    QTest::newRow("keep both") << NoteHistory::Resolution::KeepBoth << QStringLiteral("mine\n\ntheirs");
}

void TestNoteHistory::resolve()
{
    QFETCH(NoteHistory::Resolution, resolution);
    QFETCH(QString, result);
    save(QStringLiteral("mine"));
    const QString mine = m_history->localHead(deck, topic);
    insert(remote(QStringLiteral("r1"), {}, QStringLiteral("theirs")));
    QCOMPARE(settle(), NoteHistory::Outcome::Conflict);
    QString error;
    QVERIFY2(m_history->resolve(deck, topic, QStringLiteral("r1"), resolution, 5000, &error), qPrintable(error));
    QCOMPARE(note(), result);
    QVERIFY(m_history->conflicts().isEmpty());
    const QList<NoteVersion> heads = m_history->heads(deck, topic);
    QCOMPARE(heads.size(), 1);
    QCOMPARE(QSet<QString>(heads[0].parents.cbegin(), heads[0].parents.cend()), (QSet<QString>{mine, QStringLiteral("r1")}));
    QVERIFY(!heads[0].journaled); // goes with the next sync
    // The conflict is over: resolving it again is refused, changing nothing.
    QVERIFY(!m_history->resolve(deck, topic, QStringLiteral("r1"), resolution, 6000, &error));
    QVERIFY(error.contains(QLatin1String("no longer")));
}

void TestNoteHistory::ancestorKnownOnlyByItsId_isNoConflict()
{
    save(QStringLiteral("old"));
    const QString base = m_history->localHead(deck, topic);
    // From a compacted journal: the middle version only as an id, its child with its text.
    NoteVersion middle = remote(QStringLiteral("r1"), {base}, {});
    middle.body.reset();
    insert(middle);
    insert(remote(QStringLiteral("r2"), {QStringLiteral("r1")}, QStringLiteral("newest")));
    QCOMPARE(settle(), NoteHistory::Outcome::TookOther);
    QCOMPARE(note(), QStringLiteral("newest"));
    QVERIFY(m_history->conflicts().isEmpty());
}

QTEST_GUILESS_MAIN(TestNoteHistory)
#include "tst_notehistory.moc"
