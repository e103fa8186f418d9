// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "sim/simoptions.h"

#include "sim/persona.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <csignal>

using namespace Qt::StringLiterals;

namespace charon::sim {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("charon::sim::SimOptions", text);
}

// Signals a crash may be simulated with: all end the process when not handled.
const QList<QPair<QString, int>> kCrashSignals = {
    { u"SEGV"_s, SIGSEGV },
    { u"ABRT"_s, SIGABRT },
    { u"BUS"_s, SIGBUS },
    { u"FPE"_s, SIGFPE },
    { u"ILL"_s, SIGILL },
    { u"KILL"_s, SIGKILL },
    { u"QUIT"_s, SIGQUIT },
    { u"TRAP"_s, SIGTRAP },
    { u"SYS"_s, SIGSYS },
    { u"TERM"_s, SIGTERM },
    { u"HUP"_s, SIGHUP },
    { u"INT"_s, SIGINT },
};

std::optional<int> parseSignal(const QString &text)
{
    QString name = text.trimmed().toUpper();
    if (name.startsWith(u"SIG"_s))
        name = name.mid(3);
    bool ok = false;
    const int number = name.toInt(&ok);
    for (const auto &[signalName, signalNumber] : kCrashSignals) {
        if ((ok && number == signalNumber) || (!ok && name == signalName))
            return signalNumber;
    }
    return std::nullopt;
}

bool parseCount(const QString &text, qint64 maximum, qint64 *value)
{
    bool ok = false;
    const qint64 number = text.trimmed().toLongLong(&ok);
    if (!ok || number < 0 || number > maximum)
        return false;
    *value = number;
    return true;
}
} // namespace

QStringList SimOptions::switchKeys()
{
    return { u"os"_s, u"crash_after"_s, u"crash_signal"_s, u"start_delay"_s, u"stop_delay"_s,
        u"flood_bytes"_s, u"pace"_s, u"leak_mb"_s };
}

QString SimOptions::environmentName(const QString &key)
{
    return u"CHARON_SIM_"_s + key.toUpper();
}

QString SimOptions::usage()
{
    return tr("usage: charon-guest-sim -x CONFIG   (Charon-PAR)\n"
              "       charon-guest-sim -d CONFIG   (Charon-AXP / Charon-VAX)\n"
              "A stand-in Charon emulator: see sim/README.md for the test switches.\n");
}

std::optional<SimOptions> SimOptions::fromArguments(const QStringList &arguments, QString *error)
{
    error->clear();
    SimOptions options;
    bool modeGiven = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"-h"_s || argument == u"--help"_s)
            return std::nullopt;
        if (argument == u"-x"_s || argument == u"-d"_s) {
            if (modeGiven || i + 1 >= arguments.size()) {
                *error = tr("expected exactly one of -x CONFIG or -d CONFIG");
                return std::nullopt;
            }
            modeGiven = true;
            options.profileHint = argument == u"-x"_s ? u"par"_s : QString();
            options.configPath = arguments.at(++i);
            continue;
        }
        *error = tr("unknown argument: %1").arg(argument);
        return std::nullopt;
    }
    if (!modeGiven) {
        *error = tr("expected -x CONFIG or -d CONFIG");
        return std::nullopt;
    }
    return options;
}

QHash<QString, QString> SimOptions::readDirectives(const QString &configPath, QStringList *warnings)
{
    QHash<QString, QString> directives;
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return directives; // the config parser reports unreadable files
    static const QRegularExpression directive(uR"(^\s*#\s*charon-guest-sim\s*:(.*)$)"_s);
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const QRegularExpressionMatch match = directive.match(line);
        if (!match.hasMatch())
            continue;
        for (const QString &pair : Persona::words(match.captured(1))) {
            const QString key = pair.section(u'=', 0, 0).trimmed().toLower();
            if (!pair.contains(u'=') || !switchKeys().contains(key)) {
                warnings->append(tr("%1:%2: ignored simulator directive \"%3\"")
                                     .arg(configPath)
                                     .arg(lineNumber)
                                     .arg(pair));
                continue;
            }
            directives.insert(key, pair.section(u'=', 1));
        }
    }
    return directives;
}

bool SimOptions::applySwitches(const QHash<QString, QString> &directives,
    const QProcessEnvironment &environment, QString *error)
{
    for (const QString &key : switchKeys()) {
        const QString envName = environmentName(key);
        QString value = directives.value(key);
        QString origin = tr("directive %1").arg(key);
        if (environment.contains(envName)) {
            value = environment.value(envName);
            origin = envName;
        }
        if (value.trimmed().isEmpty())
            continue;
        qint64 number = 0;
        bool ok = true;
        if (key == u"os"_s) {
            os = value.trimmed().toLower();
            ok = Persona::operatingSystems().contains(os);
        } else if (key == u"crash_signal"_s) {
            const std::optional<int> signalNumber = parseSignal(value);
            ok = signalNumber.has_value();
            crashSignal = signalNumber.value_or(crashSignal);
        } else if (key == u"flood_bytes"_s) {
            ok = parseCount(value, qint64(1) << 40, &number);
            floodBytes = number;
        } else if (key == u"leak_mb"_s) {
            ok = parseCount(value, 64 * 1024, &number);
            leakMegabytes = int(number);
        } else if ((ok = parseCount(value, key == u"pace"_s ? 10000 : 86400, &number))) {
            if (key == u"crash_after"_s)
                crashAfterSeconds = int(number);
            else if (key == u"start_delay"_s)
                startDelaySeconds = int(number);
            else if (key == u"stop_delay"_s)
                stopDelaySeconds = int(number);
            else
                pacePercent = int(number);
        }
        if (!ok) {
            *error = tr("%1: bad value \"%2\"").arg(origin, value);
            return false;
        }
    }
    return true;
}

} // namespace charon::sim
