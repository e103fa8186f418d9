// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/config/configparser.h"

#include "core/config/configlinereader.h"
#include "core/config/emulatorprofile.h"
#include "core/config/modelcatalogue.h"
#include "core/config/nicassembler.h"
#include "core/config/profileregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <limits>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

using Field = EmulatorProfile::Field;
using Severity = ConfigIssue::Severity;

// lupdate files a tr() call under its class, or under the namespace in a free function: Text
// gives the free functions the same context as the parser's own messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(charon::core::ConfigParser)
};

QString tr(const char *text)
{
    return Text::tr(text);
}

QString unquoted(const QString &value)
{
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        return value.mid(1, value.size() - 2);
    return value;
}

QString fieldLabel(Field field, const QString &nic)
{
    switch (field) {
    case Field::Model:
        return Text::tr("hardware model");
    case Field::Memory:
        return Text::tr("memory size");
    case Field::ConsolePort:
        return Text::tr("console port");
    case Field::LogPath:
        return Text::tr("log file");
    case Field::BreakOn:
        return Text::tr("break_on");
    case Field::StopOn:
        return Text::tr("stop_on");
    case Field::ConfigurationName:
        return Text::tr("configuration name");
    case Field::LicenseKeyId:
        return Text::tr("license id");
    case Field::NicAdapter:
        return Text::tr("adapter %1").arg(nic);
    case Field::NicInterface:
        return Text::tr("interface of %1").arg(nic);
    case Field::NicMappingMode:
        return Text::tr("mapping mode of %1").arg(nic);
    case Field::NicLink:
        return Text::tr("link of %1").arg(nic);
    }
    return {};
}

// One parse: the summary being filled and what was seen so far.
class Run
{
    Q_DECLARE_TR_FUNCTIONS(charon::core::ConfigParser)

public:
    Run(ConfigSummary &summary, const EmulatorProfile &profile)
        : m_s(summary)
        , m_profile(profile)
        , m_configDir(QFileInfo(summary.filePath).absolutePath())
    { }

    void line(const ConfigLine &line);
    void finish();

private:
    void issue(Severity severity, int line, const QString &message)
    {
        m_s.issues.append({ severity, m_s.filePath, line, message });
    }
    // Warns when `key` was set before; the later line wins.
    void noteSetting(const QString &key, const QString &label, int line)
    {
        const auto previous = m_seen.constFind(key);
        if (previous != m_seen.cend() && *previous != line) {
            issue(Severity::Warning, line,
                tr("%1 set again: line %2 overrides line %3").arg(label).arg(line).arg(*previous));
        }
        m_seen.insert(key, line);
    }
    void checkEquals(const ConfigLine &line, QString *key);
    // False when the value is unusable (reported): it then overrides nothing.
    bool apply(
        const EmulatorProfile::SettingRule &rule, const QRegularExpressionMatch &m, int line);
    bool applyMemory(const QString &value, int line);
    bool applyConsolePort(const QString &value, int line);

    ConfigSummary &m_s;
    const EmulatorProfile &m_profile;
    const QString m_configDir;
    QHash<QString, int> m_seen;
    NicAssembler m_nics;
};

void Run::checkEquals(const ConfigLine &line, QString *key)
{
    const QRegularExpressionMatch m = m_profile.keyPattern().match(line.text);
    if (!m.hasMatch())
        return;
    *key = m.captured(u"key"_s);
    const bool hasEquals = !m.captured(u"eq"_s).isEmpty();
    if (hasEquals && m_profile.keyForbidsEquals(*key)) {
        issue(Severity::Error, line.number,
            tr("\"%1\" takes no '=' (the emulator refuses to start)").arg(*key));
    } else if (!hasEquals && m_profile.keyRequiresEquals(*key)) {
        issue(Severity::Error, line.number,
            tr("\"%1\" needs '=' (the emulator refuses to start)").arg(*key));
    }
}

void Run::line(const ConfigLine &line)
{
    if (line.openQuoteColumn > 0) {
        issue(Severity::Error, line.number,
            tr("unterminated quote (opened at column %1): line ignored").arg(line.openQuoteColumn));
        return;
    }
    QString key;
    if (m_profile.hasKeySyntax())
        checkEquals(line, &key);

    QList<QString> appliedHere; // a line matching two rules of one field counts once
    for (const EmulatorProfile::SettingRule &rule : m_profile.settings()) {
        const QRegularExpressionMatch m = rule.regex.match(line.text);
        if (!m.hasMatch())
            continue;
        const QString nic = m.captured(u"nic"_s);
        const QString dedupe = QString::number(int(rule.field)) + u':' + nic.toLower();
        if (appliedHere.contains(dedupe))
            continue;
        appliedHere.append(dedupe);
        if (apply(rule, m, line.number) && !rule.repeatable)
            noteSetting(dedupe, fieldLabel(rule.field, nic), line.number);
    }
    if (!appliedHere.isEmpty())
        return;
    if (!key.isEmpty() && !m_profile.keyIsRepeatable(key))
        noteSetting(u"key:"_s + key.toLower(), u"\"%1\""_s.arg(key), line.number);
    if (!m_profile.isKnownLine(line.text)) {
        issue(Severity::Info, line.number,
            tr("not understood, kept as is: %1").arg(line.text.left(80)));
    }
}

bool Run::apply(
    const EmulatorProfile::SettingRule &rule, const QRegularExpressionMatch &m, int line)
{
    const QString value = unquoted(m.captured(u"value"_s));
    const QString nic = m.captured(u"nic"_s);
    switch (rule.field) {
    case Field::Model:
        m_s.model = value;
        break;
    case Field::Memory:
        return applyMemory(value, line);
    case Field::ConsolePort:
        return applyConsolePort(value, line);
    case Field::LogPath:
        m_s.logPath = value.isEmpty() ? QString() : QDir(m_configDir).absoluteFilePath(value);
        break;
    case Field::BreakOn:
        m_s.breakOn = m_profile.isDisabledConsoleValue(value) ? QString() : value;
        break;
    case Field::StopOn:
        m_s.stopOn = m_profile.isDisabledConsoleValue(value) ? QString() : value;
        break;
    case Field::ConfigurationName:
        m_s.configurationName = value;
        break;
    case Field::LicenseKeyId:
        if (value.isEmpty())
            issue(Severity::Warning, line, tr("empty license id: ignored"));
        else if (m_s.licenseKeyIds.contains(value))
            issue(Severity::Warning, line, tr("license id \"%1\" listed twice").arg(value));
        else
            m_s.licenseKeyIds.append(value);
        break;
    case Field::NicAdapter:
        m_nics.setAdapter(nic, value, line);
        break;
    case Field::NicInterface:
        m_nics.setInterface(nic, value, line);
        break;
    case Field::NicMappingMode: {
        const QStringList modes = m_profile.nicMappingModes();
        const qsizetype known = modes.indexOf(value.toUpper());
        if (!modes.isEmpty() && known < 0) {
            issue(Severity::Warning, line,
                tr("unknown mapping mode \"%1\" for %2 (expected %3)")
                    .arg(value, nic, modes.join(u", "_s)));
        }
        m_nics.setMappingMode(nic, known >= 0 ? modes.at(known) : value, line);
        break;
    }
    case Field::NicLink:
        m_nics.setLink(nic, value, line);
        break;
    }
    return true;
}

bool Run::applyMemory(const QString &value, int line)
{
    const QRegularExpressionMatch m = m_profile.memoryValuePattern().match(value);
    bool ok = m.hasMatch();
    const qint64 number = ok ? m.captured(u"number"_s).toLongLong(&ok) : 0;
    QString unit = m.captured(u"unit"_s).toUpper();
    if (unit.isEmpty())
        unit = m_profile.memoryDefaultUnit().toUpper();
    qint64 mb = -1;
    if (ok && number > 0 && number < (qint64(1) << 40)) {
        if (unit.startsWith(u'K'))
            mb = number / 1024;
        else if (unit.startsWith(u'M'))
            mb = number;
        else if (unit.startsWith(u'G'))
            mb = number * 1024;
        else if (unit.startsWith(u'T'))
            mb = number * 1024 * 1024;
    }
    if (mb <= 0 || mb > std::numeric_limits<int>::max()) {
        issue(Severity::Error, line, tr("memory size \"%1\" is not understood").arg(value));
        return false;
    }
    m_s.memoryMB = int(mb);
    return true;
}

bool Run::applyConsolePort(const QString &value, int line)
{
    const QRegularExpressionMatch m = m_profile.consoleListenPattern().match(value);
    bool ok = m.hasMatch();
    const int port = ok ? m.captured(u"port"_s).trimmed().toInt(&ok) : 0;
    if (!ok || port < 1 || port > 65535) {
        issue(Severity::Error, line,
            tr("console port \"%1\" is not a TCP port number (1-65535)").arg(value));
        return false;
    }
    QString where = m_profile.bareConsoleListen();
    if (m.hasCaptured(u"where"_s)) {
        where = m.captured(u"where"_s).trimmed();
        if (where.startsWith(u'[') && where.endsWith(u']'))
            where = where.mid(1, where.size() - 2);
        if (where.isEmpty())
            where = u"*"_s; // ":10003": every interface
    }
    m_s.consolePort = port;
    m_s.consoleListenAddress = where;
    m_s.consoleExposed = ConfigParser::listensBeyondLocalhost(where);
    if (m_s.consoleExposed) {
        issue(Severity::Warning, line,
            tr("console port %1 listens on \"%2\": anyone on the network can reach the "
               "console; use \"lo:%1\" or a bare port number")
                .arg(port)
                .arg(where));
    }
    return true;
}

void Run::finish()
{
    m_s.nics = m_nics.result(m_profile);
    const int max = m_profile.maxNics();
    if (max > 0 && m_s.nics.size() > max) {
        issue(Severity::Warning, m_s.nics.at(max).line,
            tr("more than %1 NICs: %2 supports at most %1").arg(max).arg(m_profile.displayName()));
    }
    if (!m_s.model.isEmpty())
        m_s.cpus = ModelCatalogue::shared().cpusFor(m_s.model);
}

// The family whose detect patterns score highest; ties keep registry order, with a warning.
std::optional<EmulatorProfile> guessProfile(const QList<ConfigLine> &lines, ConfigSummary &s)
{
    QStringList texts;
    texts.reserve(lines.size());
    for (const ConfigLine &line : lines)
        texts.append(line.text);
    std::optional<EmulatorProfile> best;
    int bestScore = 0;
    QString tiedWith;
    for (const EmulatorProfile &profile : ProfileRegistry::profiles()) {
        const int score = profile.detectScore(texts);
        if (score > bestScore) {
            best = profile;
            bestScore = score;
            tiedWith.clear();
        } else if (score > 0 && score == bestScore) {
            tiedWith = profile.id();
        }
    }
    if (best && !tiedWith.isEmpty()) {
        s.issues.append({ Severity::Warning, s.filePath, 0,
            Text::tr("could be for %1 or %2: read as %1; name the emulator to be sure")
                .arg(best->id(), tiedWith) });
    }
    return best;
}

} // namespace

bool ConfigParser::listensBeyondLocalhost(const QString &where)
{
    const QString w = where.trimmed().toLower();
    if (w.isEmpty() || w == u"lo" || w == u"localhost" || w == u"ip6-localhost" || w == u"::1"
        || w == u"0:0:0:0:0:0:0:1") {
        return false;
    }
    static const QRegularExpression ipv4Loopback(u"^127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}$"_s);
    return !ipv4Loopback.match(w).hasMatch();
}

ConfigSummary ConfigParser::parseFile(const QString &path, const QString &profileId)
{
    ConfigSummary s;
    s.filePath = path;
    s.profileId = profileId;
    auto fail = [&](const QString &message) {
        s.issues.append({ Severity::Error, path, 0, message });
        return s;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("no such file"));
    s.modifiedAt = info.lastModified();
    if (info.isDir())
        return fail(tr("is a directory, not a configuration file"));
    // A FIFO would block the caller in open() until someone writes to it.
    if (!info.isFile())
        return fail(tr("not a regular file (a device, pipe or socket)"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read: %1").arg(file.errorString()));
    // One byte more than allowed tells "too large" without reading a huge file.
    const QByteArray bytes = file.read(MaxConfigBytes + 1);
    if (bytes.isEmpty() && file.error() != QFileDevice::NoError)
        return fail(tr("cannot read: %1").arg(file.errorString()));
    ConfigSummary parsed = parseText(bytes, path, profileId);
    parsed.modifiedAt = s.modifiedAt;
    return parsed;
}

ConfigSummary ConfigParser::parseText(
    const QByteArray &text, const QString &fileName, const QString &profileId)
{
    ConfigSummary s;
    s.filePath = fileName;
    s.profileId = profileId;
    ConfigLineReader::Result read = ConfigLineReader::read(text, fileName, MaxConfigBytes);
    s.issues = read.issues;
    if (read.fatal)
        return s;

    std::optional<EmulatorProfile> profile;
    if (!profileId.isEmpty()) {
        profile = ProfileRegistry::forId(profileId);
        if (!profile) {
            s.issues.append({ Severity::Error, fileName, 0,
                tr("unknown emulator profile \"%1\" (known: %2)")
                    .arg(profileId, ProfileRegistry::ids().join(u", "_s)) });
            return s;
        }
    } else {
        profile = guessProfile(read.lines, s);
        if (!profile) {
            s.issues.append({ Severity::Error, fileName, 0,
                tr("cannot tell which Charon emulator this configuration is for") });
            return s;
        }
    }
    s.profileId = profile->id();
    Run run(s, *profile);
    for (const ConfigLine &line : std::as_const(read.lines))
        run.line(line);
    run.finish();
    return s;
}

} // namespace charon::core
