// MainWindow: the topic on screen: the decks in the tree, choosing a topic (the tree, next and previous, a search
// hit), showing it in the three panes with its quiz, its bookmark, the time spent on it, and its progress.
#include "mainwindow.h"

#include "actionregistry.h"
#include "bookmarklabels.h"
#include "bookmarksview.h"
#include "clock.h"
#include "codeeditor.h"
#include "codepane.h"
#include "dialogs.h"
#include "findbar.h"
#include "nextframe.h"
#include "noteseditor.h"
#include "progressservice.h"
#include "quizpanel.h"
#include "quizsession.h"
#include "quiztab.h"
#include "searchdialog.h"
#include "searchindex.h"
#include "searchindexkeeper.h"
#include "settings.h"
#include "studycontroller.h"
#include "studypanel.h"
#include "topicmodel.h"
#include "topicsidebar.h"
#include "userdata.h"
#include "visittracker.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QStatusBar>
#include <QTreeView>

namespace DeepDive {

void MainWindow::listDecks(QList<Deck> decks)
{
    const bool rowsKept = m_model->setDecks(std::move(decks));
    ++m_decksListed;
    if (!rowsKept) // kept, they stay as the learner expanded them
        m_tree->expandAll();
    updateUndoAction(); // today's last answer, in a topic of these decks
}

void MainWindow::setDecks(QList<Deck> decks, bool progressInBackground)
{
    listDecks(std::move(decks));
    if (!progressInBackground) {
        refreshProgress();
        return;
    }
    // Ten thousand topics take a frame or so: they get their progress a moment later.
    m_sidebar->updateFilterCounts();
    if (!m_firstFrameShown)
        m_progressPending = true;
    else
        m_progress->refreshAllInBackground();
}

void MainWindow::updateDecks(QList<Deck> decks)
{
    // The quiz and a study session point into the old decks: they start again on the topic, which stays selected.
    if (m_study->isRunning()) {
        m_study->pause();
        statusBar()->showMessage(tr("The decks changed on disk: Study > Study Due resumes the session."), 6000);
    }
    m_quiz->start({});
    recordVisit();
    // Ten thousand topics: listing them, painting the tree, and showing the topic again take 20-30 ms each, so the
    // topic shows after the tree has painted. Until then the code pane keeps the topic it shows, and what it points
    // into.
    if (!m_shownBeforeUpdate) {
        m_shownBeforeUpdate.emplace(ShownBeforeUpdate{m_model->topicKeyAt(m_sidebar->currentSourceIndex()), {}, {}});
        m_nextFrame->then([this] { showTopicAfterUpdate(); });
    }
    m_shownBeforeUpdate->decks.append(m_model->decks());
    if (std::unique_ptr<Topic> shown = m_model->takeLoadedTopic(m_codePane->topic()))
        m_shownBeforeUpdate->topics.push_back(std::move(shown));
    // Progress in a worker: over ten thousand topics and a year of answers it would hold the window a tenth of a
    // second. Meanwhile the topics that were there keep their figures (the model keeps them by topic).
    listDecks(std::move(decks));
    m_sidebar->updateFilterCounts();
    m_progress->refreshAllInBackground();
    if (m_searchKeeper)
        m_searchKeeper->setDecks(m_model->decks());
}

void MainWindow::showTopicAfterUpdate()
{
    if (!m_shownBeforeUpdate)
        return;
    const ShownBeforeUpdate before = std::move(*m_shownBeforeUpdate);
    m_shownBeforeUpdate.reset();
    if (!currentTopic()) { // the rows were listed anew, unless the learner picked one meanwhile
        m_sidebar->selectTopicOrFirst(before.key);
    } else if (m_codePane->topic() != m_model->loadedTopic(m_sidebar->currentSourceIndex())) {
        showTopic(m_tree->currentIndex()); // the rows were kept, and the topic with them: shown from the new decks
    }
    if (!currentTopic()) // no topic left: nothing on screen may point into the old decks
        showTopic({});
}

void MainWindow::restoreTopic()
{
    const TopicRef last = TopicRef::fromKey(m_settings->lastTopic());
    if (!last.isValid() || !selectTopic(last))
        m_sidebar->selectFirstTopic();
}

void MainWindow::selectFirstTopic()
{
    m_sidebar->selectFirstTopic();
}

bool MainWindow::selectTopic(const TopicRef &topic)
{
    return m_sidebar->selectTopic(topic);
}

const Topic *MainWindow::currentTopic() const
{
    return m_model->topic(m_sidebar->currentSourceIndex());
}

QString MainWindow::currentDeckId() const
{
    return m_model->data(m_sidebar->currentSourceIndex(), TopicModel::DeckIdRole).toString();
}

void MainWindow::showTopic(const QModelIndex &viewIndex)
{
    const QModelIndex index = m_sidebar->sourceIndex(viewIndex);
    const Topic *topic = m_model->loadedTopic(index);
    if (!topic && index.isValid())
        return; // a section or deck: keep showing the last topic
    const QString deckId = topic ? m_model->data(index, TopicModel::DeckIdRole).toString() : QString();
    recordVisit(deckId, topic ? topic->id : QString());
    m_codePane->setTopic(topic);
    // Before the first frame only a screenful of the summary is laid out; the rest follows right after it.
    m_studyPanel->setTopic(topic, !m_firstFrameShown);
    m_summaryPending = !m_firstFrameShown;
    m_notes->setTopic(deckId, topic ? topic->id : QString());
    if (!m_followingSession) {
        if (m_study->isRunning()) {
            // The learner went elsewhere: the session waits (its position is saved) until Study > Study Due.
            m_study->pause();
            statusBar()->showMessage(tr("Study session paused: Study > Study Due resumes it."), 6000);
        }
        startQuiz(topic);
    }
    if (topic) {
        // "Topic — Deep Dive": ending with the application's display name, so that Qt does not add it again.
        setWindowTitle(plainTitle(topic->title) + QStringLiteral(" — Deep Dive"));
        m_settings->setLastTopic(topicKey(deckId, topic->id));
        m_actions->action(QStringLiteral("studyToggleBookmark"))->setChecked(m_model->stats(index).bookmarked);
    }
}

void MainWindow::recordVisit(const QString &deckId, const QString &topicId)
{
    QString error;
    if (!(topicId.isEmpty() ? m_visits->close(&error) : m_visits->open(deckId, topicId, &error)))
        statusBar()->showMessage(tr("Could not save the time spent on this topic: %1").arg(error));
}

void MainWindow::moveTopic(int step, bool weakOnly)
{
    if (!m_sidebar->moveTopic(step, weakOnly) && weakOnly)
        statusBar()->showMessage(tr("No other topic is weak."), 5000);
}

void MainWindow::moveSnippet(int step)
{
    QComboBox *switcher = m_codePane->switcher();
    if (switcher->count() == 0 || !switcher->isEnabled()) // none, or a quiz card is asked
        return;
    switcher->setCurrentIndex((switcher->currentIndex() + step + switcher->count()) % switcher->count());
}

QuizPanel *MainWindow::quizPanel()
{
    return m_quizTab->panel();
}

void MainWindow::startQuiz(const Topic *topic)
{
    m_quizTab->startTopic(currentDeckId(), topic);
}

void MainWindow::applyQuizFocus()
{
    m_quizTab->followCard(m_studyPanel->currentIndex() == StudyPanel::QuizTab);
}

void MainWindow::refreshProgress()
{
    m_progress->refreshAll();
}

void MainWindow::refreshAnsweredTopics()
{
    for (const auto &[deckId, topicId] : std::exchange(m_answeredTopics, {}))
        m_progress->refreshTopic(deckId, topicId);
}

void MainWindow::showProgress(const QString &topicKey)
{
    m_sidebar->updateFilterCounts();
    updateStatusSummary();
    if (!topicKey.isEmpty())
        return;
    if (BookmarksView *bookmarks = m_sidebar->existingBookmarks())
        bookmarks->refresh();
    if (currentTopic())
        m_actions->action(QStringLiteral("studyToggleBookmark"))->setChecked(m_model->stats(m_sidebar->currentSourceIndex()).bookmarked);
}

void MainWindow::updateStatusSummary()
{
    const ProgressService::Summary s = m_progress->summary();
    m_actions->action(QStringLiteral("studyDue"))->setText(s.due > 0 ? tr("Study %n Due", nullptr, s.due) : tr("Study Due"));
    statusBar()->showMessage(tr("%1 of %n card(s) mastered", nullptr, s.cards).arg(s.mastered) + QStringLiteral(" · ")
                             + tr("%1 due").arg(s.due) + QStringLiteral(" · ") + tr("days in a row: %1").arg(s.streakDays));
}

void MainWindow::toggleBookmark(bool withLabel)
{
    const Topic *topic = currentTopic();
    QAction *action = m_actions->action(QStringLiteral("studyToggleBookmark"));
    if (!topic) {
        action->setChecked(false);
        return;
    }
    const QString deckId = currentDeckId();
    const bool bookmarked = m_userData->bookmarks.contains(deckId, Bookmark::Topic, topic->id);
    QString error;
    bool ok = true;
    if (withLabel) {
        QStringList choices;
        for (const QString &suggested : BookmarkLabels::suggested())
            choices.append(BookmarkLabels::display(suggested));
        const QString label = BookmarkLabels::toStored(
            Dialogs::item(this, tr("Bookmark with Label"), tr("Label for “%1”:").arg(plainTitle(topic->title)), choices, true));
        if (label.isEmpty()) {
            action->setChecked(bookmarked);
            return;
        }
        ok = m_userData->bookmarks.set({deckId, Bookmark::Topic, topic->id, label, m_clock->nowMs()}, &error);
    } else if (bookmarked) {
        ok = m_userData->bookmarks.remove(deckId, Bookmark::Topic, topic->id, &error);
    } else {
        ok = m_userData->bookmarks.set({deckId, Bookmark::Topic, topic->id, QString(), m_clock->nowMs()}, &error);
    }
    if (!ok) {
        Dialogs::warning(this, tr("Bookmark"), tr("The bookmark was not saved: %1").arg(error));
    }
    m_progress->refreshTopic(deckId, topic->id);
    if (BookmarksView *bookmarks = m_sidebar->existingBookmarks())
        bookmarks->refresh();
    action->setChecked(m_userData->bookmarks.contains(deckId, Bookmark::Topic, topic->id));
}

void MainWindow::setSearchIndex(SearchIndex *index)
{
    delete m_searchKeeper;
    m_searchKeeper = new SearchIndexKeeper(index, m_userData->notes, this);
    connect(m_searchKeeper, &SearchIndexKeeper::ready, this, [this] {
        if (m_searchDialog)
            m_searchDialog->setReady(true);
        Q_EMIT searchReady();
    });
    m_searchKeeper->setDecks(m_model->decks());
}

SearchDialog *MainWindow::searchDialog()
{
    if (!m_searchKeeper)
        return nullptr;
    if (!m_searchDialog) {
        m_searchDialog = new SearchDialog(m_searchKeeper->index(), this);
        m_searchDialog->setReady(m_searchKeeper->isReady());
        connect(m_searchDialog, &SearchDialog::hitActivated, this, &MainWindow::openSearchHit);
    }
    return m_searchDialog;
}

void MainWindow::openSearchHit(const SearchHit &hit)
{
    if (!selectTopic({hit.deckId, hit.topicId}))
        return;
    const Topic *topic = currentTopic();
    m_studyPanel->findBar()->setTerms(hit.terms); // the matched words, highlighted in the topic's notes
    switch (hit.kind) {
    case SearchHit::TopicHit:
        m_studyPanel->setCurrentIndex(StudyPanel::TopicTab);
        break;
    case SearchHit::SnippetHit:
        m_codePane->showSnippet(hit.itemId);
        m_codePane->editor()->setFocus();
        break;
    case SearchHit::CardHit:
        m_quizTab->startTopic(currentDeckId(), topic, hit.itemId);
        m_studyPanel->setCurrentIndex(StudyPanel::QuizTab);
        quizPanel()->setFocus();
        break;
    case SearchHit::NoteHit:
        m_studyPanel->setCurrentIndex(StudyPanel::MyNotesTab);
        m_notes->editor()->setFocus();
        break;
    }
}

} // namespace DeepDive
