#pragma once

#include "deck.h"

#include <QMainWindow>

class QSplitter;
class QTreeView;

namespace DeepDive {

class ActionRegistry;
class CodePane;
class Settings;
class StudyPanel;
class TopicModel;

// One window: the topic tree on the left, the code pane in the middle, the study panel on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDecks(QList<Deck> decks);
    // Restores geometry, splitter sizes and the last topic (or selects the first topic).
    void restoreSession();
    void selectFirstTopic();
    bool selectTopic(const QString &topicId);

    const Topic *currentTopic() const;
    ActionRegistry *actions() const { return m_actions; }
    TopicModel *topicModel() const { return m_model; }
    QTreeView *topicTree() const { return m_tree; }
    CodePane *codePane() const { return m_codePane; }
    StudyPanel *studyPanel() const { return m_studyPanel; }

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void showTopic(const QModelIndex &index);
    void moveTopic(int step);
    void moveSnippet(int step);
    void saveSession();
    void applyPendingSplitterState();
    void about();

    Settings *m_settings;
    ActionRegistry *m_actions;
    TopicModel *m_model;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    CodePane *m_codePane;
    StudyPanel *m_studyPanel;
    QByteArray m_pendingSplitterState;
};

} // namespace DeepDive
