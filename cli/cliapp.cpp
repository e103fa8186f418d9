// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/cliapp.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "cli/addcommand.h"
#include "cli/cfgcommand.h"
#include "cli/consolecommand.h"
#include "cli/defaultcommand.h"
#include "cli/enablecommand.h"
#include "cli/killcommand.h"
#include "cli/listcommand.h"
#include "cli/prestartcommand.h"
#include "cli/removecommand.h"
#include "cli/setcommand.h"
#include "cli/statuscommand.h"
#include "cli/stopscriptcommand.h"
#include "cli/unitcommand.h"
#include "cli/watchcommand.h"
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace charon::cli {

CliApp::CliApp(QObject *parent)
    : QObject(parent)
{ }

CliApp::~CliApp() = default;

QStringList CliApp::commandNames()
{
    return { u"list"_s, u"status"_s, u"start"_s, u"stop"_s, u"restart"_s, u"kill"_s, u"add"_s,
        u"remove"_s, u"enable"_s, u"disable"_s, u"set"_s, u"default"_s, u"cfg"_s, u"console"_s,
        u"prestart"_s, u"stop-script"_s, u"watch"_s };
}

QString CliApp::aliasCommand(const QString &programName)
{
    static const QHash<QString, QString> aliases { { u"vmlist"_s, u"list"_s },
        { u"vmstart"_s, u"start"_s }, { u"vmstop"_s, u"stop"_s }, { u"vmcfg"_s, u"cfg"_s },
        { u"vmconsole"_s, u"console"_s } };
    return aliases.value(QFileInfo(programName).fileName());
}

CliCommand *CliApp::create(const QString &name, CliContext *context)
{
    using Op = UnitCommandJob::Operation;
    if (name == u"list"_s)
        return new ListCommand(context, this);
    if (name == u"status"_s)
        return new StatusCommand(context, this);
    if (name == u"start"_s)
        return new UnitCommand(Op::Start, context, this);
    if (name == u"stop"_s)
        return new UnitCommand(Op::Stop, context, this);
    if (name == u"restart"_s)
        return new UnitCommand(Op::Restart, context, this);
    if (name == u"kill"_s)
        return new KillCommand(context, this);
    if (name == u"add"_s)
        return new AddCommand(context, this);
    if (name == u"remove"_s)
        return new RemoveCommand(context, this);
    if (name == u"enable"_s || name == u"disable"_s)
        return new EnableCommand(name == u"enable"_s, context, this);
    if (name == u"set"_s)
        return new SetCommand(context, this);
    if (name == u"default"_s)
        return new DefaultCommand(context, this);
    if (name == u"cfg"_s)
        return new CfgCommand(context, this);
    if (name == u"console"_s)
        return new ConsoleCommand(context, this);
    if (name == u"prestart"_s)
        return new PrestartCommand(context, this);
    if (name == u"stop-script"_s)
        return new StopScriptCommand(context, this);
    if (name == u"watch"_s)
        return new WatchCommand(context, this);
    return nullptr;
}

QString CliApp::usage() const
{
    QString text = tr("usage: charon-vm [--user | --system] COMMAND [OPTIONS] [ARGS]\n\n"
                      "Runs Charon guests as systemd services. Without a NAME, commands act on the "
                      "default guest.\n--system (the default) manages the host's guests; --user "
                      "your own user manager's.\n\nCommands:\n");
    CliContext scratch(UnitScope::System);
    for (const QString &name : commandNames()) {
        std::unique_ptr<CliCommand> command(const_cast<CliApp *>(this)->create(name, &scratch));
        command->setParent(nullptr);
        text += u"  "_s + command->synopsis() + u"\n      "_s + command->summary() + u'\n';
    }
    text += u"  help [COMMAND]\n      "_s + tr("Show this text, or the options of one command.")
        + u'\n';
    text += tr("\nExit codes: 0 ok, 1 other error, 2 usage, 3 guest not found, 4 permission "
               "denied, 5 systemd job failed, 6 console in use by another client, 7 nothing to do "
               "(start of a running guest, stop of a stopped one), 8 systemd unreachable (no "
               "bus, no manager, or no answer within 5 s).\n");
    return text;
}

int CliApp::start(const QStringList &arguments)
{
    // Whatever else reaches stderr (a Qt or library warning) carries the prefix too, unless
    // QT_MESSAGE_PATTERN says otherwise.
    qSetMessagePattern(u"charon-vm: %{if-category}%{category}: %{endif}%{message}"_s);
    QStringList args = arguments;
    const QString program = args.isEmpty() ? u"charon-vm"_s : args.takeFirst();
    QString commandName = aliasCommand(program);
    if (commandName.isEmpty()) {
        // The first word that is not an option: global options take no values.
        for (qsizetype i = 0; i < args.size(); ++i) {
            if (!args.at(i).startsWith(u'-')) {
                commandName = args.takeAt(i);
                break;
            }
        }
    }
    if (args.contains(u"--version"_s)) {
        CliContext::out(u"charon-vm "_s + QCoreApplication::applicationVersion());
        return ExitOk;
    }
    bool help = args.contains(u"--help"_s) || args.contains(u"-h"_s);
    if (commandName == u"help"_s) {
        // `charon-vm help [COMMAND]`: the same text as --help.
        commandName.clear();
        for (qsizetype i = 0; i < args.size(); ++i) {
            if (!args.at(i).startsWith(u'-')) {
                commandName = args.takeAt(i);
                break;
            }
        }
        help = true;
        if (!commandName.isEmpty() && !args.contains(u"--help"_s))
            args << u"--help"_s;
    }
    if (commandName.isEmpty()) {
        if (help) {
            CliContext::out(usage().trimmed());
            return ExitOk;
        }
        CliContext::error(tr("no command given (try charon-vm --help)"));
        return ExitUsage;
    }
    const bool user = args.contains(u"--user"_s);
    if (user && args.contains(u"--system"_s)) {
        CliContext::error(tr("--user and --system exclude each other"));
        return ExitUsage;
    }
    m_context = new CliContext(user ? UnitScope::User : UnitScope::System, this);
    CliCommand *command = create(commandName, m_context);
    if (!command) {
        CliContext::error(tr("unknown command \"%1\" (try charon-vm --help)").arg(commandName));
        return ExitUsage;
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(u"user"_s, tr("Guests of your own systemd user manager.")));
    parser.addOption(QCommandLineOption(u"system"_s, tr("Guests of the host (default).")));
    parser.addOption(QCommandLineOption({ u"h"_s, u"help"_s }, tr("Show this help.")));
    parser.addOptions(command->options());
    if (!parser.parse(QStringList { program } + args)) {
        CliContext::error(
            parser.errorText() + tr(" (usage: charon-vm %1)").arg(command->synopsis()));
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        QString text = tr("usage: charon-vm [--user | --system] %1\n%2\n")
                           .arg(command->synopsis(), command->summary());
        for (const QCommandLineOption &option : command->options())
            text += u"  --"_s + option.names().first()
                + (option.valueName().isEmpty() ? QString() : u' ' + option.valueName())
                + u"\n      "_s + option.description() + u'\n';
        CliContext::out(text.trimmed());
        return ExitOk;
    }
    connect(
        command, &CliCommand::finished, this,
        [this](int code) {
            m_context->saveCaches();
            QCoreApplication::exit(code);
        },
        Qt::QueuedConnection);
    command->run(parser, parser.positionalArguments());
    return -1;
}

} // namespace charon::cli
