#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>

class QAction;

namespace DeepDive {

// Every QAction of the main window, created in one place with a stable objectName (tests trigger actions by name),
// a standard shortcut where one exists, a theme icon and a tooltip.
class ActionRegistry : public QObject
{
    Q_OBJECT
public:
    explicit ActionRegistry(QObject *parent = nullptr);

    QAction *action(const QString &name) const;
    QList<QAction *> actions() const { return m_actions.values(); }

private:
    QAction *add(const QString &name, const QString &text, const QString &icon, const QList<QKeySequence> &keys,
                 const QString &toolTip = {}, const QString &fallbackIcon = {});

    QHash<QString, QAction *> m_actions;
};

} // namespace DeepDive
