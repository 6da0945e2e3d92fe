#pragma once

#include <QLabel>

class QAbstractItemView;

namespace DeepDive {

class TopicFilterModel;

// Says why the topic tree is empty under a filter ("Nothing is due today…") and what to do, instead of leaving a
// blank tree. Lives on the tree's viewport; shows itself whenever the filtered model has no rows.
class EmptyFilterHint : public QLabel
{
    Q_OBJECT
public:
    EmptyFilterHint(QAbstractItemView *view, TopicFilterModel *model);
    // Shows the hint for the model's filter when it has no rows; hides it otherwise.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:

    QAbstractItemView *m_view;
    TopicFilterModel *m_model;
};

} // namespace DeepDive
