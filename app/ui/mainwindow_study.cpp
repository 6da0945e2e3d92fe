// MainWindow: study sessions, statistics, the interview plan and the desired retention (Study menu).
#include "mainwindow.h"

#include "actionregistry.h"
#include "background.h"
#include "bookmarklabels.h"
#include "clock.h"
#include "dialogs.h"
#include "nextframe.h"
#include "printscope.h"
#include "progressservice.h"
#include "quizpanel.h"
#include "quizsession.h"
#include "searchindex.h"
#include "settings.h"
#include "statisticsdialog.h"
#include "statisticsreader.h"
#include "studycontroller.h"
#include "studypanel.h"
#include "studyqueue.h"
#include "topicmodel.h"
#include "userdata.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcStudyWindow, "deepdive.ui.study", QtWarningMsg)

namespace DeepDive {

namespace {
// The first millisecond of `now`'s local day: where "today" begins for the day's answers and new cards.
qint64 startOfDay(const QDateTime &now)
{
    return QDateTime(now.date(), QTime(0, 0)).toMSecsSinceEpoch();
}
} // namespace

void MainWindow::studyDue()
{
    if (const auto paused = m_userData->sessions.unfinished(); paused && paused->position < paused->cardKeys.size()) {
        const auto answer = Dialogs::question(this, tr("Study Due"),
                                              tr("You left a study session after %1 of %n card(s). Resume it?", nullptr,
                                                 int(paused->cardKeys.size()))
                                                  .arg(paused->position),
                                              QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Yes) {
            resumeSession();
            return;
        }
        QString error;
        if (!m_userData->sessions.finish(paused->id, m_clock->nowMs(), &error)) // set aside for good
            statusBar()->showMessage(tr("The session could not be saved: %1").arg(error)); // it is offered again
    }
    // The scopes with their due counts.
    const QHash<QString, CardSchedule> schedules = m_userData->reviews.schedulesByKey();
    QStringList scopes{QStringLiteral("all"), QStringLiteral("bookmarked"), QStringLiteral("weak")};
    if (const Topic *topic = currentTopic())
        scopes.insert(1, QStringLiteral("section:") + topic->sectionId);
    QStringList labels;
    for (qsizetype i = 0; i < scopes.size();) {
        QList<PrintScope::Entry> entries;
        QString label;
        QString error;
        if (!PrintScope::resolve(scopes[i], m_model->decks(), m_model->allStats(), &entries, &label, &error)) {
            qCWarning(lcStudyWindow).noquote() << "Study Due leaves out a scope it cannot resolve:" << error;
            scopes.removeAt(i); // not offered: choosing it could only fail
            continue;
        }
        labels.append(tr("%1 (%2 due)").arg(label).arg(StudyQueue::dueCount(m_model->decks(), entries, schedules, m_clock->nowMs())));
        ++i;
    }
    const QString chosen = Dialogs::item(this, tr("Study Due"),
                                         tr("Study the due cards of (with up to %n new card(s) a day; %1 left today; "
                                            "Study > New Cards per Day changes it):", nullptr, m_settings->newCardsPerDay())
                                             .arg(newCardsLeftToday()),
                                         labels);
    if (!chosen.isEmpty())
        startSession(scopes.value(labels.indexOf(chosen)));
}

bool MainWindow::startSession(const QString &scope)
{
    QList<PrintScope::Entry> entries;
    QString label;
    QString error;
    if (!PrintScope::resolve(scope, m_model->decks(), m_model->allStats(), &entries, &label, &error)) {
        Dialogs::warning(this, tr("Study Due"), error);
        return false;
    }
    const QDateTime now = m_clock->now();
    const QHash<QString, CardSchedule> schedules = m_userData->reviews.schedulesByKey();
    QList<StudyQueue::Item> queue = StudyQueue::build(m_model->decks(), entries, schedules, now.toMSecsSinceEpoch(), newCardsLeftToday());
    if (queue.isEmpty()) {
        // The day's queue is done: offer what a learner who wants to go on would pick.
        constexpr int aheadDays = 7;
        constexpr qint64 dayMs = 86'400'000;
        const QList<StudyQueue::Item> ahead = StudyQueue::build(m_model->decks(), entries, schedules,
                                                                now.toMSecsSinceEpoch() + aheadDays * dayMs, 0);
        const int more = std::min(std::max(m_settings->newCardsPerDay(), 10), StudyQueue::newCount(m_model->decks(), entries, schedules));
        const QList<StudyQueue::Item> missed = StudyQueue::ofCards(
            m_model->decks(), entries, m_userData->reviews.missedSince(startOfDay(now)));
        QStringList offers;
        QList<int> kinds;
        if (!missed.isEmpty()) {
            offers.append(tr("Review the %n card(s) I missed today", nullptr, int(missed.size())));
            kinds.append(0);
        }
        if (!ahead.isEmpty()) {
            offers.append(tr("Study ahead: the %n card(s) due in the next %1 days", nullptr, int(ahead.size())).arg(aheadDays));
            kinds.append(1);
        }
        if (more > 0) {
            offers.append(tr("Learn %n more new card(s)", nullptr, more));
            kinds.append(2);
        }
        if (offers.isEmpty()) {
            Dialogs::information(this, tr("Study Due"), tr("Nothing is due in “%1”, and every card in it has been learnt.").arg(label));
            return false;
        }
        const QString offer = Dialogs::item(this, tr("Study Due"),
                                            tr("Nothing is due in “%1”, and today's new cards are done. Go on with:").arg(label),
                                            offers);
        if (offer.isEmpty())
            return false;
        switch (kinds.value(offers.indexOf(offer), -1)) {
        case 0:
            queue = missed;
            break;
        case 1:
            queue = ahead;
            break;
        case 2:
            queue = StudyQueue::build(m_model->decks(), entries, schedules, now.toMSecsSinceEpoch(), more);
            break;
        default:
            return false;
        }
    }
    QStringList keys;
    for (const StudyQueue::Item &item : queue) {
        const Deck &deck = m_model->decks()[item.deck];
        keys.append(deck.id + QLatin1Char('/') + deck.topics[item.topic].cardId(item.card));
    }
    const auto session = m_userData->sessions.start(scope, keys, now.toMSecsSinceEpoch(), &error);
    if (!session) {
        Dialogs::warning(this, tr("Study Due"), tr("The session could not be saved: %1").arg(error));
        return false;
    }
    runSessionAfterFrame(*session, tr("Starting a session of %n card(s)…", nullptr, int(queue.size())),
                         [this, queue, listed = m_decksListed, session = *session] {
                             // Decks listed again meanwhile (a file changed on disk): the queue's places may point
                             // elsewhere now, and the cards are found by key.
                             return listed == m_decksListed ? StudyController::itemsOf(queue, *m_model)
                                                            : StudyController::itemsOf(session, *m_model);
                         });
    return true;
}

// On ten thousand topics with a year of answers, building a session's queue took about 30 ms, reading its topics from
// their files about 10, and showing the first card and painting it about 25: in one turn, a frame held up for 40 to
// 60 ms. The first card shows after the window has painted `message` (and taken input); its topics are read then.
void MainWindow::runSessionAfterFrame(const StudySession &session, const QString &message,
                                      std::function<QList<QuizSession::Item>()> items)
{
    statusBar()->showMessage(message);
    m_nextFrame->then([this, session, items = std::move(items)] {
        runSession(session, items());
        updateStatusSummary(); // in place of the message
    });
}

int MainWindow::newCardsLeftToday() const
{
    return std::max(0, m_settings->newCardsPerDay() - m_userData->sessions.newCardsSince(startOfDay(m_clock->now())));
}

void MainWindow::setNewCardsPerDay()
{
    QStringList choices;
    for (const int n : {0, 5, 10, 15, 20, 30, 50, 100})
        choices.append(QString::number(n));
    const QString current = QString::number(m_settings->newCardsPerDay());
    if (!choices.contains(current))
        choices.append(current);
    const QString chosen = Dialogs::item(this, tr("New Cards per Day"),
                                         tr("New cards a study session may bring in each day (now %1):").arg(current), choices,
                                         false, current);
    if (!chosen.isEmpty())
        m_settings->setNewCardsPerDay(chosen.toInt());
}

bool MainWindow::resumeSession()
{
    const auto session = m_userData->sessions.unfinished();
    if (!session)
        return false;
    const QString message =
        tr("Resuming the session at card %1 of %2…").arg(session->position + 1).arg(session->cardKeys.size());
    runSessionAfterFrame(*session, message,
                         [this, session = *session] { return StudyController::itemsOf(session, *m_model); });
    return true;
}

bool MainWindow::isInSession() const
{
    return m_study->isRunning();
}

void MainWindow::runSession(const StudySession &session, const QList<QuizSession::Item> &items)
{
    QSet<QString> weak;
    for (auto it = m_model->allStats().cbegin(); it != m_model->allStats().cend(); ++it) {
        if (it->weak)
            weak.insert(it.key());
    }
    m_studyPanel->setCurrentIndex(StudyPanel::QuizTab);
    m_study->run(session, items, weak);
    quizPanel()->setFocus();
}

void MainWindow::followSessionCard()
{
    const QuizSession::Item *item = m_quiz->current();
    if (!item || (currentTopic() == item->topic))
        return;
    m_followingSession = true;
    selectTopic({item->deckId, item->topic->id});
    m_followingSession = false;
    applyQuizFocus();
}

void MainWindow::finishSession()
{
    refreshProgress();
    const StudyController::Summary done = m_study->finish(m_model->allStats());
    QStringList names;
    for (const QString &key : done.newlyWeak) {
        if (const Topic *t = m_model->topic(m_model->findTopicByKey(key)))
            names.append(t->title);
    }
    auto *summary = new QMessageBox(QMessageBox::Information, tr("Session done"),
                                    tr("Studied %n card(s), %1 right the first time, in %2 min.", nullptr, done.cards)
                                        .arg(done.firstTimeRight)
                                        .arg(done.minutes),
                                    QMessageBox::Close, this);
    summary->setObjectName(QStringLiteral("sessionSummary"));
    summary->setAttribute(Qt::WA_DeleteOnClose);
    if (!done.newlyWeak.isEmpty()) {
        summary->setInformativeText(tr("These topics became weak: %1.").arg(names.join(QStringLiteral(", "))));
        QPushButton *bookmark = summary->addButton(tr("&Bookmark them as weak"), QMessageBox::AcceptRole);
        bookmark->setObjectName(QStringLiteral("bookmarkWeakTopics"));
        connect(bookmark, &QPushButton::clicked, this, [this, weak = done.newlyWeak] { bookmarkAsWeak(weak); });
    }
    summary->open();
}

void MainWindow::setUpUndoAnswer()
{
    m_quiz->setUndoer([this](const Answer &answer, QString *error) {
        if (!m_userData->database.isWritable()) {
            *error = tr("the progress database is read-only");
            return false;
        }
        return m_userData->reviews.undoLastAnswer(answer.deckId, answer.cardId, answer.answeredMs, error);
    });
    connect(m_quiz, &QuizSession::undone, this, [this](const Answer &answer) {
        m_progress->refreshTopic(answer.deckId, answer.topicId);
        applyQuizFocus();
        statusBar()->showMessage(tr("Answer undone: the card is asked again."), 4000);
    });
    connect(m_quiz, &QuizSession::undoFailed, this, [this](const QString &error) {
        Dialogs::warning(this, tr("Undo Answer"), tr("The answer was not taken back: %1").arg(error));
    });
    connect(m_quiz, &QuizSession::changed, this, &MainWindow::updateUndoAction);
    connect(m_actions->action(QStringLiteral("studyUndoAnswer")), &QAction::triggered, this, &MainWindow::undoAnswer);
    // Not updated here: the window is built while the database is still being opened in a worker (WindowSession),
    // and today's last answer names a topic of decks the window does not have yet. setDecks() updates it.
}

void MainWindow::updateUndoAction()
{
    QString title;
    bool enabled = false;
    if (const QuizSession::Item *item = m_quiz->lastAnsweredItem()) {
        enabled = true;
        title = item->topic->title;
    } else if (!m_study->isRunning()) {
        QString error;
        if (const auto last = m_userData->reviews.lastReview(startOfDay(m_clock->now()), &error)) {
            enabled = true;
            if (const Topic *topic = m_model->topic(m_model->findTopic({last->deckId, last->topicId})))
                title = topic->title;
        } else if (!error.isEmpty()) {
            qCWarning(lcStudyWindow).noquote() << "Undo Answer: today's answers could not be read:" << error;
        }
    }
    QAction *undo = m_actions->action(QStringLiteral("studyUndoAnswer"));
    undo->setEnabled(enabled);
    const QString shown = plainTitle(title).replace(QLatin1Char('&'), QLatin1String("&&")); // no mnemonic from a title
    undo->setText(title.isEmpty() ? tr("U&ndo Answer") : tr("U&ndo Answer to “%1”").arg(shown));
}

void MainWindow::undoAnswer()
{
    if (m_quiz->canUndo()) {
        m_studyPanel->setCurrentIndex(StudyPanel::QuizTab);
        m_quiz->undo(); // a failure is reported through undoFailed
        return;
    }
    if (m_study->isRunning())
        return; // a session takes back only its own answers
    // After a restart: the learner's last answer of today, shown again in its topic.
    QString error;
    const std::optional<Review> last = m_userData->reviews.lastReview(startOfDay(m_clock->now()), &error);
    if (!last) {
        if (!error.isEmpty())
            Dialogs::warning(this, tr("Undo Answer"), tr("The answer was not taken back: %1").arg(error));
        updateUndoAction();
        return;
    }
    if (!m_userData->database.isWritable())
        error = tr("the progress database is read-only");
    if (!error.isEmpty() || !m_userData->reviews.undoLastAnswer(last->deckId, last->cardId, last->reviewedMs, &error)) {
        Dialogs::warning(this, tr("Undo Answer"), tr("The answer was not taken back: %1").arg(error));
        return;
    }
    m_progress->refreshTopic(last->deckId, last->topicId);
    SearchHit card;
    card.kind = SearchHit::CardHit;
    card.deckId = last->deckId;
    card.topicId = last->topicId;
    card.itemId = last->cardId;
    openSearchHit(card); // the topic, with the card first in its quiz
    updateUndoAction();
    statusBar()->showMessage(tr("Answer undone: the card is asked again."), 4000);
}

Statistics MainWindow::statistics() const
{
    return StatisticsReader::read(*m_userData, m_model->decks(), m_model->allStats(), m_fsrs, m_clock->nowMs(),
                                  m_settings->interviewDate());
}

void MainWindow::showStatistics()
{
    const auto show = [this](const Statistics &statistics) {
        auto *dialog = new StatisticsDialog(statistics, m_settings->interviewDate(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    const Database &db = m_userData->database;
    if (!db.isOnDisk()) {
        show(statistics()); // nothing on disk to read from another thread
        return;
    }
    // A year of answers is a long review log: it is read, through a connection of its own, and the statistics
    // computed in a worker, while the window goes on painting.
    QAction *action = m_actions->action(QStringLiteral("studyStatistics"));
    action->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    runInBackground(
        this,
        [file = db.file(), decks = m_model->decks(), stats = m_model->allStats(), fsrs = m_fsrs, now = m_clock->nowMs(),
         interview = m_settings->interviewDate()]() -> std::optional<Statistics> {
            UserData reader;
            QString error;
            // The window's own database, checked when it was opened: read as it is (openForReading would run
            // quick_check over the whole file first, 60-230 ms on a year of history).
            if (!reader.database.openForInspection(file, &error)) {
                qCWarning(lcStudyWindow).noquote() << "statistics are computed on the window's thread:" << error;
                return std::nullopt;
            }
            return StatisticsReader::read(reader, decks, stats, fsrs, now, interview);
        },
        [this, action, show](const std::optional<Statistics> &computed) {
            QApplication::restoreOverrideCursor();
            action->setEnabled(true);
            show(computed ? *computed : statistics()); // the worker could not read the file: here, then
        });
}

void MainWindow::setDesiredRetention()
{
    QStringList choices;
    QList<int> percents;
    for (int percent = 70; percent <= 97; percent += percent < 95 ? 5 : 1) {
        percents.append(percent);
        choices.append(tr("%1%").arg(percent));
    }
    const QString current = tr("%1%").arg(qRound(m_fsrs.desiredRetention() * 100));
    const QString chosen = Dialogs::item(this, tr("Desired Retention"),
                                         tr("Chance of remembering a card when it is due (now %1):").arg(current), choices,
                                         false, current);
    if (chosen.isEmpty())
        return;
    const double retention = percents.value(choices.indexOf(chosen)) / 100.0;
    m_settings->setDesiredRetention(retention);
    m_fsrs = Fsrs(retention); // answers from now on are scheduled with it; StudyRecorder holds a reference
    refreshProgress();
    statusBar()->showMessage(tr("Desired retention: %1. New intervals use it from the next answer.").arg(chosen), 6000);
}

void MainWindow::setInterviewDate()
{
    bool cancelled = false;
    const QDate date = Dialogs::date(this, tr("Interview Date"), tr("My interview is on:"), m_settings->interviewDate(), &cancelled);
    if (cancelled)
        return;
    m_settings->setInterviewDate(date);
    statusBar()->showMessage(date.isValid() ? tr("Interview on %1: Study > Plan to Interview spreads the topics over the days left.")
                                                  .arg(QLocale().toString(date, QLocale::LongFormat))
                                            : tr("No interview date."),
                             6000);
}

void MainWindow::showInterviewPlan()
{
    const QDate interview = m_settings->interviewDate();
    if (!interview.isValid() || interview <= m_clock->now().date()) {
        Dialogs::information(this, tr("Plan to Interview"), tr("Set a future interview date first (Study > Set Interview Date)."));
        return;
    }
    const auto plan = Statistics::interviewPlan(m_model->decks(), m_userData->reviews.cardStatesByKey(), m_model->allStats(), m_fsrs,
                                                m_clock->nowMs(), interview);
    QString text;
    const QDate today = m_clock->now().date();
    for (int day = 0; day < plan.size(); ++day) {
        if (plan[day].isEmpty())
            continue;
        QStringList links;
        for (const Statistics::PlanEntry &entry : plan[day]) {
            // Each topic opens from the plan.
            links.append(QStringLiteral("<a href='topic:%1'>%2</a>%3")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(entry.topic.key())), entry.title.toHtmlEscaped(),
                                  entry.weak ? QStringLiteral(" <i>(%1)</i>").arg(tr("weak")) : QString()));
        }
        const QString heading = day + 1 == plan.size() && plan.size() > 2
            ? tr("%1 — the day before: once more over the weakest").arg(QLocale().toString(today.addDays(day), QLocale::LongFormat))
            : QLocale().toString(today.addDays(day), QLocale::LongFormat);
        text += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(heading, links.join(QStringLiteral(" · ")));
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("interviewPlan"));
    dialog->setWindowTitle(tr("Plan to Interview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(560, 600);
    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("interviewPlanText"));
    browser->setOpenLinks(false);
    browser->setHtml(tr("<p>%n day(s) to your interview. Each day, review these topics (the weakest on the day come first):</p>",
                        nullptr, int(plan.size()))
                     + text);
    connect(browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("topic"))
            selectTopic(TopicRef::fromKey(QUrl::fromPercentEncoding(url.path().toLatin1())));
    });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    dialog->open();
}

void MainWindow::bookmarkAsWeak(const QStringList &topicKeys)
{
    QString error;
    for (const QString &key : topicKeys) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        if (!m_userData->bookmarks.set({key.left(slash), Bookmark::Topic, key.mid(slash + 1), BookmarkLabels::weak(), m_clock->nowMs()}, &error))
            Dialogs::warning(this, tr("Bookmark"), tr("The bookmark was not saved: %1").arg(error));
    }
    refreshProgress();
}

} // namespace DeepDive
