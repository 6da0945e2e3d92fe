#include "dialogs.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QUrl>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QPushButton>
#include <QInputDialog>

#include <algorithm>
#include <optional>

namespace DeepDive {

namespace {
std::optional<QString> nextFileName;
std::optional<QString> nextItem;
std::optional<QDate> nextDate;
std::optional<QMessageBox::StandardButton> nextAnswer;
QString recordedMessage;
QStringList recordedItems;
QString recordedItemLabel;
QString suggestedFileName;
QString offeredFile;
std::function<bool(const QUrl &)> urlOpener;
bool headless = false;

template<typename T>
std::optional<T> take(std::optional<T> &slot)
{
    std::optional<T> value = slot;
    slot.reset();
    return value;
}
} // namespace

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (auto name = take(nextFileName))
        return *name;
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString Dialogs::directory(QWidget *parent, const QString &caption, const QString &current)
{
    if (auto name = take(nextFileName))
        return *name;
    return QFileDialog::getExistingDirectory(parent, caption, current);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    suggestedFileName = suggested;
    if (auto name = take(nextFileName))
        return *name;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString Dialogs::item(QWidget *parent, const QString &caption, const QString &label, const QStringList &items, bool editable,
                      const QString &current)
{
    recordedItems = items;
    recordedItemLabel = label;
    if (auto chosen = take(nextItem))
        return *chosen;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, caption, label, items, std::max(0, int(items.indexOf(current))),
                                                 editable, &ok);
    return ok ? chosen : QString();
}

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &caption, const QString &text,
                                              QMessageBox::StandardButtons buttons)
{
    if (auto answer = take(nextAnswer))
        return *answer;
    return QMessageBox::question(parent, caption, text, buttons);
}

QDate Dialogs::date(QWidget *parent, const QString &caption, const QString &label, const QDate &current, bool *cancelled)
{
    *cancelled = false;
    if (auto chosen = take(nextDate))
        return *chosen;
    QDialog dialog(parent);
    dialog.setWindowTitle(caption);
    auto *edit = new QDateEdit(current.isValid() ? current : QDate::currentDate().addDays(14), &dialog);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate::currentDate());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *clear = buttons->addButton(QObject::tr("No Date"), QDialogButtonBox::ResetRole);
    bool cleared = false;
    QObject::connect(clear, &QPushButton::clicked, &dialog, [&] {
        cleared = true;
        dialog.accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QFormLayout(&dialog);
    layout->addRow(label, edit);
    layout->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        *cancelled = true;
        return {};
    }
    return cleared ? QDate() : edit->date();
}

void Dialogs::information(QWidget *parent, const QString &caption, const QString &text)
{
    recordedMessage = text;
    offeredFile.clear();
    if (!headless)
        QMessageBox::information(parent, caption, text);
}

void Dialogs::warning(QWidget *parent, const QString &caption, const QString &text)
{
    recordedMessage = text;
    offeredFile.clear();
    if (!headless)
        QMessageBox::warning(parent, caption, text);
}

void Dialogs::informationWithOpen(QWidget *parent, const QString &caption, const QString &text, const QString &file)
{
    recordedMessage = text;
    offeredFile = file;
    QMessageBox::StandardButton answer = QMessageBox::Close;
    if (auto next = take(nextAnswer)) {
        answer = *next;
    } else if (!headless) {
        QMessageBox box(QMessageBox::Information, caption, text, QMessageBox::Open | QMessageBox::Close, parent);
        box.setObjectName(QStringLiteral("fileWrittenMessage"));
        box.setDefaultButton(QMessageBox::Close);
        answer = QMessageBox::StandardButton(box.exec());
    }
    if (answer != QMessageBox::Open)
        return;
    const QUrl url = QUrl::fromLocalFile(file);
    if (urlOpener)
        urlOpener(url);
    else
        QDesktopServices::openUrl(url);
}

void Dialogs::setNextFileName(const QString &name)
{
    nextFileName = name;
}

void Dialogs::setNextDate(const QDate &date)
{
    nextDate = date;
}

void Dialogs::setNextItem(const QString &item)
{
    nextItem = item;
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

QStringList Dialogs::lastItems()
{
    return recordedItems;
}

QString Dialogs::lastItemLabel()
{
    return recordedItemLabel;
}

QString Dialogs::lastMessage()
{
    return recordedMessage;
}

QString Dialogs::lastSuggestedFileName()
{
    return suggestedFileName;
}

QString Dialogs::lastOfferedFile()
{
    return offeredFile;
}

void Dialogs::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    urlOpener = std::move(opener);
}

void Dialogs::setHeadless(bool value)
{
    headless = value;
}

} // namespace DeepDive
