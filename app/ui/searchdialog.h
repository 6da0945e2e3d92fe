#pragma once

#include "searchindex.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace DeepDive {

// Ctrl+K: incremental full-text search. Results are ranked, the matched words are bold and highlighted, cards,
// snippets and notes name their topic, Up/Down moves through them and Enter opens the topic with the match selected.
// When nothing matches, the matches of the nearest indexed words are shown ("Did you mean asyncio?").
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    SearchDialog(const SearchIndex *index, QWidget *parent = nullptr);

    void setReady(bool ready);
    QLineEdit *field() const { return m_field; }
    QListWidget *results() const { return m_results; }
    QList<SearchHit> hits() const { return m_hits; }
    QLabel *status() const { return m_status; }
    // When nothing matches what was typed: the nearest indexed words, whose matches are shown instead.
    QString suggestion() const { return m_suggestion; }

    // "\x01word\x02" marks as HTML bold, the rest escaped.
    static QString markedToHtml(const QString &marked);

Q_SIGNALS:
    void hitActivated(const DeepDive::SearchHit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runQuery();
    void activate(int row);

    const SearchIndex *m_index;
    QLineEdit *m_field;
    QListWidget *m_results;
    QLabel *m_status;
    QList<SearchHit> m_hits;
    QString m_suggestion;
    bool m_ready = false;
};

} // namespace DeepDive
