#pragma once

#include <QDate>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QUrl;
class QWidget;

namespace DeepDive {

// Every dialog the main window asks goes through here, so that tests can answer in advance (as KeePassXC's
// MessageBox::setNextAnswer and fileDialog()->setNextFileName) instead of blocking on a modal dialog.
class Dialogs
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString directory(QWidget *parent, const QString &caption, const QString &current); // setNextFileName too
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);
    // One of `items`, `current` preselected (the first when it is not among them); with `editable`, the learner may
    // type another. Empty when cancelled.
    static QString item(QWidget *parent, const QString &caption, const QString &label, const QStringList &items,
                        bool editable = false, const QString &current = {});
    static QMessageBox::StandardButton question(QWidget *parent, const QString &caption, const QString &text,
                                                QMessageBox::StandardButtons buttons);
    // A date; invalid when cancelled (or cleared with "No date").
    static QDate date(QWidget *parent, const QString &caption, const QString &label, const QDate &current, bool *cancelled);
    static void information(QWidget *parent, const QString &caption, const QString &text);
    static void warning(QWidget *parent, const QString &caption, const QString &text);
    // A message about a file just written, with Open (hands `file` to the desktop's viewer) and Close.
    static void informationWithOpen(QWidget *parent, const QString &caption, const QString &text, const QString &file);

    // Test seams: the next dialog of that kind returns this at once (an empty file name means "cancelled").
    static void setNextFileName(const QString &name);
    static void setNextItem(const QString &item);
    static void setNextDate(const QDate &date);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // What the last information/warning dialog said (recorded whether or not it was shown).
    static QString lastMessage();
    // The choices the last item() offered, and the label it asked with.
    static QStringList lastItems();
    static QString lastItemLabel();
    // The path the last save dialog proposed (folder and file name), whether or not it was shown.
    static QString lastSuggestedFileName();
    // The file the last information dialog offered to open; empty when it offered none.
    static QString lastOfferedFile();
    // Replaces QDesktopServices::openUrl (a test records the URL instead of starting a viewer); empty to restore.
    static void setUrlOpener(std::function<bool(const QUrl &)> opener);
    // Tests set this: information and warning dialogs are recorded instead of shown.
    static void setHeadless(bool headless);
};

} // namespace DeepDive
