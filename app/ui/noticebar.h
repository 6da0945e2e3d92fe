#pragma once

#include <QFrame>

class QLabel;

namespace DeepDive {

// A message across the top of the window for things the learner must know (a damaged database was set aside, the
// data folder is read-only), without a modal dialog in the way.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(const QString &text);
    QString text() const;

private:
    void build();

    QLabel *m_label = nullptr; // made with the first notice: most starts have none
};

} // namespace DeepDive
