#pragma once

#include "deck.h"
#include "exportdialog.h"
#include "fsrs.h"
#include "quizsession.h"
#include "statistics.h"

#include "sessionstore.h"
#include "topicref.h"

#include <QSet>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QMenu;
class QThread;
class QSplitter;
class QTreeView;

namespace DeepDive {

class ActionRegistry;
class BookmarksView;
class DeckProblemsView;
class WindowSync;
class ProgressService;
class SearchDialog;
struct StudySession;
struct SummaryOptions;
struct SummaryTopic;
class SearchIndex;
class SearchIndexKeeper;
struct SearchHit;
class TopicFilterModel;
class TopicSidebar;
class Clock;
class CodePane;
class NextFrame;
class NoticeBar;
class NotesEditor;
class QuizPanel;
class QuizSession;
class QuizTab;
class StudyController;
class StudyRecorder;
class Settings;
class UserData;
class VisitTracker;
class StudyPanel;
class TopicModel;

// One window: the topic tree on the left, the code pane in the middle, the study panel on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `clock` defaults to the system clock; tests pass one they can move.
    MainWindow(Settings *settings, UserData *userData, Clock *clock = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // With `progressInBackground`, the tree's progress is computed in a worker, after the first frame when the window
    // has not painted one yet; without, now.
    void setDecks(QList<Deck> decks, bool progressInBackground = false);
    // New decks while the window is up (read in the background, or changed on disk): the tree keeps its topic, which
    // shows again from the new decks once the tree has painted.
    void updateDecks(QList<Deck> decks);
    // Restores geometry, splitter sizes and the last topic (or selects the first topic): restoreLayout() before the
    // window is shown, restoreTopic() after, so that the topic is laid out at the window's real size.
    void restoreLayoutAndTopic();
    void restoreLayout();
    void restoreTopic();
    void selectFirstTopic();
    bool selectTopic(const TopicRef &topic);

    const Topic *currentTopic() const;
    QString currentDeckId() const;
    // Shows a message across the top of the window (empty hides it).
    void showNotice(const QString &text);
    // The problems of the decks being written (file:line, what), shown above the panes until there are none.
    void showDeckProblems(const QList<DeepDive::Diagnostic> &problems);
    // Sync through the folder of Settings::syncFolder (File > Sync Folder…); started after the first frame.
    void startSync();
    WindowSync *windowSync() const { return m_sync; }
    DeckProblemsView *deckProblems() const { return m_deckProblems; }
    NoticeBar *noticeBar() const { return m_notice; }
    // Brings the window to the front (a second launch on the same data folder asks for this).
    void bringToFront();

    ActionRegistry *actions() const { return m_actions; }
    TopicModel *topicModel() const { return m_model; }
    TopicFilterModel *topicFilter() const;
    QComboBox *filterBox() const;
    // The bookmarks list under the tree, made on first use.
    BookmarksView *bookmarksView();
    // Recomputes every topic's progress from the database (after an import or a restore, and at start).
    void refreshProgress();
    // Full-text search: the index (opened by the caller) is brought up to date in a worker thread.
    void setSearchIndex(SearchIndex *index);
    SearchDialog *searchDialog();
    void openSearchHit(const SearchHit &hit);
    // Study > Study Due: a session over the due cards of a scope ("all", "bookmarked", "weak", "section:ID"),
    // with new cards up to the daily limit. Resumes the last unfinished session when asked to.
    void studyDue();
    // True when a session was stored (or there is one to resume); its first card shows after the window has painted
    // its next frame (isInSession()).
    bool startSession(const QString &scope);
    bool resumeSession();
    // How many new cards today's sessions may still bring in, and Study > New Cards per Day.
    int newCardsLeftToday() const;
    void setNewCardsPerDay();
    bool isInSession() const;
    // Study > Undo Answer: takes back the quiz's last answer (repeatedly, through a session's answers) and asks the
    // card again; with no answer in the quiz and no session running, the learner's last answer of today, in its topic.
    void undoAnswer();
    // Bookmarks the topics with the label "weak" (the session summary offers it for the topics that became weak).
    void bookmarkAsWeak(const QStringList &topicKeys);
    Statistics statistics() const;
    void showStatistics();
    // Swaps in a backup that Database::prepareRestore checked, and has every view reload.
    bool finishRestore(const QString &backup, QString *error);
    void setInterviewDate();
    void setDesiredRetention();
    void showInterviewPlan();
    QTreeView *topicTree() const;
    CodePane *codePane() const { return m_codePane; }
    StudyPanel *studyPanel() const { return m_studyPanel; }
    // The quiz panel, made on first use (when its tab is first shown).
    QuizPanel *quizPanel();
    QuizSession *quizSession() const { return m_quiz; }
    NotesEditor *notesEditor() const { return m_notes; }
    // Where notes that could not be saved are kept (DataDir::unsavedNotesDir()).
    void setNotesRecoveryDir(const QString &dir);
    // Where File > Import Anki Deck puts the new deck (DataDir::decksDir(); the default data folder's until set).
    void setDecksDir(const QString &dir) { m_decksDir = dir; }
    QString decksDir() const;

Q_SIGNALS:
    // The window has painted its first frame (emitted once, right after it); work that need not delay it follows.
    void firstFrameShown();
    void searchReady();
    // Progress changed behind the views' backs (an import, a restored backup): views reload what they show.
    void userDataChanged();
    // A deck folder was made (an Anki import, File > New Deck): whoever keeps the decks reads it.
    void deckFolderAdded(const QString &folder);

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The decks in the tree (the progress they get is for the caller to ask for).
    void listDecks(QList<Deck> decks);
    void showTopicAfterUpdate();
    // After userDataChanged: the notes, the quiz, a running study session, the indexed notes and progress.
    void reloadUserData();
    void createMenus();
    void showTopic(const QModelIndex &index);
    // The next (step 1) or previous (-1) topic in the tree; with `weakOnly`, the next weak one.
    void moveTopic(int step, bool weakOnly = false);
    void moveSnippet(int step);
    void saveLayout();
    void applyPendingSplitterState();
    void about();
    void exportProgress();
    void importProgress();
    void restoreBackup();
    void exportPdf();
    void exportForAnki();
    void importAnkiDeck();
    void newDeck();
    void copyDeck();
    // The export dialogs' current topic, section and selection; the folder their save dialogs start in.
    ExportDialog::Context exportContext();
    QString exportFolder() const;
    void print();
    // Asks what to print (ExportDialog) and gathers it; false when cancelled or when nothing matches.
    bool prepareSummary(const QString &title, QList<SummaryTopic> *topics, SummaryOptions *options);
    // Records the time spent on the topic being read, and starts counting `topicId`'s (none when empty).
    void recordVisit(const QString &deckId = QString(), const QString &topicId = QString());
    void startQuiz(const Topic *topic);
    // The progress just computed (ProgressService::refreshed): filter counts, status bar, bookmarks.
    void showProgress(const QString &topicKey);
    // The progress of the topics answered since the verdict's frame (m_answeredTopics).
    void refreshAnsweredTopics();
    void runSession(const StudySession &session, const QList<QuizSession::Item> &items);
    void runSessionAfterFrame(const StudySession &session, const QString &message,
                              std::function<QList<QuizSession::Item>()> items);
    void followSessionCard();
    void finishSession();
    void setUpUndoAnswer();
    void updateUndoAction();
    void updateStatusSummary();
    void toggleBookmark(bool withLabel);
    void applyQuizFocus();
    void applyHighlightingTheme();
    void zoom(qreal steps);
    void scaleReadingText();

    Settings *m_settings;
    QString m_decksDir;
    UserData *m_userData;
    Clock *m_clock;
    ActionRegistry *m_actions;
    NoticeBar *m_notice;
    TopicModel *m_model;
    DeckProblemsView *m_deckProblems = nullptr;
    WindowSync *m_sync = nullptr; // made once the window is up (startSync)
    ProgressService *m_progress; // what the tree and the status bar show of progress
    NextFrame *m_nextFrame;      // long steps split in two frames: the rest after the first is painted
    // Topics answered, whose progress is computed after the verdict is painted: (deck, topic), in order.
    QList<std::pair<QString, QString>> m_answeredTopics;
    SearchIndexKeeper *m_searchKeeper = nullptr; // set with the index
    SearchDialog *m_searchDialog = nullptr;
    qreal m_systemCodeFontSize = 0;
    // The study session on screen, if any.
    bool m_followingSession = false;
    int m_decksListed = 0; // how many times decks were listed: a session started with the decks before reads its cards by key
    // New decks listed, their topic to be shown again (showTopicAfterUpdate): until then the code pane still shows the
    // topic it had, in the old decks or in the old copy read from its file, which this keeps.
    struct ShownBeforeUpdate
    {
        QString key;
        // Each listing's old decks and the copy the code pane showed then: a topic picked between two listings is
        // shown too, and must outlive the second one (which keeps the rows, and so the selection).
        QList<QList<Deck>> decks;
        std::vector<std::unique_ptr<Topic>> topics;
    };
    std::optional<ShownBeforeUpdate> m_shownBeforeUpdate;
    QSplitter *m_splitter;
    TopicSidebar *m_sidebar; // the filter, the topic tree, and the bookmarks under it when shown
    QTreeView *m_tree;       // the sidebar's
    CodePane *m_codePane;
    StudyPanel *m_studyPanel;
    Fsrs m_fsrs;
    std::unique_ptr<StudyRecorder> m_recorder;
    QuizSession *m_quiz;
    StudyController *m_study; // the study session: which cards, where the learner is, what it came to
    QuizTab *m_quizTab; // the quiz's page in the study panel
    NotesEditor *m_notes;
    QByteArray m_pendingSplitterState;
    bool m_firstFrameShown = false;
    bool m_progressPending = false;
    bool m_summaryPending = false;
    std::unique_ptr<VisitTracker> m_visits; // the time spent on the topic being read
};

} // namespace DeepDive
