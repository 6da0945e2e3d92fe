#include "commandregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace DeepDive {

namespace {

bool matches(const QString &argument, const QString &name)
{
    const QString flag = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    return argument == flag || argument.startsWith(QString(flag + u'='));
}

} // namespace

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

QList<QCommandLineOption> CommandRegistry::globalOptions()
{
    // The strings keep the translation context they had in main.cpp, and so their translations.
    return {QCommandLineOption(dataDirOption,
                               QCoreApplication::translate("main", "Keep all user data and settings in <dir>."),
                               QStringLiteral("dir")),
            QCommandLineOption(contentOption,
                               QCoreApplication::translate("main", "Load the deck in <dir> beside the bundled one."),
                               QStringLiteral("dir"))};
}

QString CommandRegistry::dataDirArgument(const QStringList &arguments)
{
    const QString flag = QStringLiteral("--") + dataDirOption;
    QString dataDir;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == flag && i + 1 < arguments.size())
            dataDir = arguments[i + 1];
        else if (arguments[i].startsWith(QString(flag + u'=')))
            dataDir = arguments[i].mid(flag.size() + 1);
    }
    return dataDir;
}

void CommandRegistry::addOptionsTo(QCommandLineParser &parser) const
{
    parser.addOptions(globalOptions());
    for (const auto &command : m_commands)
        parser.addOptions(command->options());
}

bool CommandRegistry::runsHeadless(const QStringList &arguments) const
{
    QStringList names{QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("help-all")};
    for (const auto &command : m_commands) {
        const QList<QCommandLineOption> options = command->options();
        if (!command->needsDisplay() && !options.isEmpty())
            names += options.constFirst().names();
    }
    for (const QString &argument : arguments.mid(1)) {
        for (const QString &name : std::as_const(names)) {
            if (matches(argument, name))
                return true;
        }
    }
    return false;
}

Command *CommandRegistry::requested(const QCommandLineParser &parser) const
{
    for (const auto &command : m_commands) {
        if (command->isRequested(parser))
            return command.get();
    }
    return nullptr;
}

int CommandRegistry::run(const CommandContext &context) const
{
    if (Command *command = requested(context.parser))
        return command->run(context);
    context.printError(QStringLiteral("no command to run"));
    return 2;
}

} // namespace DeepDive
