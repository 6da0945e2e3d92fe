#pragma once

#include <QDialog>

class QTextBrowser;

namespace DeepDive {

// A page of help in a dialog of its own: rich text and a Close button (Help > Getting Started, Keyboard Shortcuts).
class HelpPage : public QDialog
{
    Q_OBJECT
public:
    // The page's plain text (what a test or a screen reader reads).
    QString text() const;

protected:
    HelpPage(const QString &objectName, const QString &title, QWidget *parent);
    // Shows `html` in the page, its view named `viewName`, in a dialog of `size`.
    void setPage(const QString &html, const QString &viewName, const QSize &size);

private:
    QTextBrowser *m_view;
};

} // namespace DeepDive
