// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/config/profilejsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

using Field = EmulatorProfile::Field;

const QHash<QString, Field> &fieldNames()
{
    static const QHash<QString, Field> names {
        { u"model"_s, Field::Model },
        { u"memory"_s, Field::Memory },
        { u"consolePort"_s, Field::ConsolePort },
        { u"logPath"_s, Field::LogPath },
        { u"breakOn"_s, Field::BreakOn },
        { u"stopOn"_s, Field::StopOn },
        { u"configurationName"_s, Field::ConfigurationName },
        { u"licenseKeyId"_s, Field::LicenseKeyId },
        { u"nicAdapter"_s, Field::NicAdapter },
        { u"nicInterface"_s, Field::NicInterface },
        { u"nicMappingMode"_s, Field::NicMappingMode },
        { u"nicLink"_s, Field::NicLink },
    };
    return names;
}

bool isNicField(Field field)
{
    return field == Field::NicAdapter || field == Field::NicInterface
        || field == Field::NicMappingMode || field == Field::NicLink;
}

QString path(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : where + u'.' + key;
}

// Keeps the first problem only: one precise message is more useful than a cascade.
class Reader
{
    // Also the context of the free functions below (Reader::tr): lupdate would otherwise file
    // their strings under the namespace, where the runtime lookup never goes.
    Q_DECLARE_TR_FUNCTIONS(EmulatorProfile)

public:
    QString error;
    QHash<QString, QString> macros;
    QRegularExpression::PatternOptions configOptions;

    void fail(const QString &where, const QString &what)
    {
        if (error.isEmpty())
            error = where + u": "_s + what;
    }

    QString string(
        const QJsonObject &obj, const QString &key, const QString &where, bool required = false)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path(where, key), tr("missing"));
            return {};
        }
        if (!v.isString()) {
            fail(path(where, key), tr("must be a string"));
            return {};
        }
        if (required && v.toString().isEmpty())
            fail(path(where, key), tr("must not be empty"));
        return v.toString();
    }

    QStringList strings(const QJsonObject &obj, const QString &key, const QString &where)
    {
        QStringList out;
        const QJsonValue v = obj.value(key);
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fail(path(where, key), tr("must be an array of strings"));
            return out;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                fail(u"%1[%2]"_s.arg(path(where, key)).arg(i), tr("must be a string"));
            out.append(array.at(i).toString());
        }
        return out;
    }

    QString expand(QString pattern) const
    {
        for (auto it = macros.cbegin(); it != macros.cend(); ++it)
            pattern.replace(u'{' + it.key() + u'}', it.value());
        return pattern;
    }

    QRegularExpression regex(const QString &source, const QString &where,
        QRegularExpression::PatternOptions options, const QStringList &requiredGroups = {})
    {
        QRegularExpression re(expand(source), options);
        if (source.isEmpty()) {
            fail(where, tr("empty pattern"));
            return re;
        }
        if (!re.isValid()) {
            fail(where, tr("%1 at offset %2").arg(re.errorString()).arg(re.patternErrorOffset()));
            return re;
        }
        const QStringList groups = re.namedCaptureGroups();
        for (const QString &group : requiredGroups) {
            if (!groups.contains(group))
                fail(where, tr("the pattern needs a named group (?<%1>...)").arg(group));
        }
        re.optimize();
        return re;
    }

    QList<QRegularExpression> regexList(
        const QJsonObject &obj, const QString &key, const QString &where)
    {
        QList<QRegularExpression> out;
        const QStringList sources = strings(obj, key, where);
        for (qsizetype i = 0; i < sources.size(); ++i)
            out.append(
                regex(sources.at(i), u"%1[%2]"_s.arg(path(where, key)).arg(i), configOptions));
        return out;
    }

    QJsonArray objectArray(const QJsonObject &obj, const QString &key, bool required)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray()) {
            fail(key, tr("must be an array of objects"));
            return {};
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                fail(u"%1[%2]"_s.arg(key).arg(i), tr("must be an object"));
        }
        return array;
    }
};

void readIdentity(Reader &r, const QJsonObject &root, EmulatorProfile::Data &d)
{
    if (root.value(u"schema"_s).toInt(-1) != 1)
        r.fail(u"schema"_s, Reader::tr("must be 1"));
    d.id = r.string(root, u"id"_s, {}, true);
    static const QRegularExpression idPattern(u"^[a-z0-9_-]+$"_s);
    if (!d.id.isEmpty() && !idPattern.match(d.id).hasMatch())
        r.fail(u"id"_s, Reader::tr("use lower-case letters, digits, '-' and '_' only"));
    d.displayName = r.string(root, u"displayName"_s, {}, true);
    d.description = r.string(root, u"description"_s, {});
    d.note = r.string(root, u"note"_s, {});
    d.detachedFlag = r.string(root, u"detachedFlag"_s, {}, true);
    d.caseInsensitive = root.value(u"caseInsensitive"_s).toBool(true);
    d.defaultLogFiles = r.strings(root, u"defaultLogFiles"_s, {});

    const QJsonArray executables = r.objectArray(root, u"executables"_s, false);
    for (qsizetype i = 0; i < executables.size(); ++i) {
        const QJsonObject o = executables.at(i).toObject();
        const QString where = u"executables[%1]"_s.arg(i);
        d.executables.append({ r.string(o, u"name"_s, where, true),
            o.value(u"confirmed"_s).toBool(false), r.string(o, u"note"_s, where) });
    }
    const QJsonArray oses = r.objectArray(root, u"guestOs"_s, true);
    for (qsizetype i = 0; i < oses.size(); ++i) {
        const QJsonObject o = oses.at(i).toObject();
        const QString where = u"guestOs[%1]"_s.arg(i);
        EmulatorProfile::GuestOs os;
        os.id = r.string(o, u"id"_s, where, true);
        os.displayName = r.string(o, u"displayName"_s, where, true);
        os.shutdownCommand = r.string(o, u"shutdownCommand"_s, where, true);
        os.consolePrefix = r.string(o, u"consolePrefix"_s, where);
        os.alternatives = r.strings(o, u"alternatives"_s, where);
        os.note = r.string(o, u"note"_s, where);
        d.guestOs.append(os);
    }
    const QJsonObject powerOff = root.value(u"consolePowerOff"_s).toObject();
    d.consolePowerOff = { r.string(powerOff, u"command"_s, u"consolePowerOff"_s),
        r.string(powerOff, u"note"_s, u"consolePowerOff"_s) };
}

void readSyntax(Reader &r, const QJsonObject &root, EmulatorProfile::Data &d)
{
    const QJsonObject macros = root.value(u"macros"_s).toObject();
    for (auto it = macros.constBegin(); it != macros.constEnd(); ++it)
        r.macros.insert(it.key(), r.string(macros, it.key(), u"macros"_s));

    const QJsonObject syntax = root.value(u"syntax"_s).toObject();
    const QString keyPattern = r.string(syntax, u"keyPattern"_s, u"syntax"_s);
    if (!keyPattern.isEmpty()) {
        d.keyPattern
            = r.regex(keyPattern, u"syntax.keyPattern"_s, r.configOptions, { u"key"_s, u"eq"_s });
    }
    d.requireEquals = r.regexList(syntax, u"requireEquals"_s, u"syntax"_s);
    d.forbidEquals = r.regexList(syntax, u"forbidEquals"_s, u"syntax"_s);
    d.repeatable = r.regexList(syntax, u"repeatable"_s, u"syntax"_s);

    const QJsonArray settings = r.objectArray(root, u"settings"_s, true);
    if (settings.isEmpty())
        r.fail(u"settings"_s, Reader::tr("must not be empty"));
    for (qsizetype i = 0; i < settings.size(); ++i) {
        const QJsonObject o = settings.at(i).toObject();
        const QString where = u"settings[%1]"_s.arg(i);
        const QString fieldName = r.string(o, u"field"_s, where, true);
        const auto field = fieldNames().constFind(fieldName);
        if (field == fieldNames().cend()) {
            r.fail(where + u".field"_s, Reader::tr("unknown field \"%1\"").arg(fieldName));
            continue;
        }
        QStringList groups { u"value"_s };
        if (isNicField(*field))
            groups.append(u"nic"_s);
        EmulatorProfile::SettingRule rule;
        rule.field = *field;
        rule.regex = r.regex(
            r.string(o, u"pattern"_s, where, true), where + u".pattern"_s, r.configOptions, groups);
        rule.repeatable = o.value(u"repeatable"_s).toBool(false);
        rule.confirmed = o.value(u"confirmed"_s).toBool(false);
        rule.note = r.string(o, u"note"_s, where);
        d.settings.append(rule);
    }
    d.known = r.regexList(root, u"known"_s, {});

    const QJsonObject console = root.value(u"console"_s).toObject();
    d.consoleListenPattern = r.regex(r.string(console, u"listenPattern"_s, u"console"_s, true),
        u"console.listenPattern"_s, r.configOptions, { u"port"_s });
    d.bareConsoleListen = r.string(console, u"bareListen"_s, u"console"_s);
    d.disabledConsoleValues = r.strings(console, u"disabledValues"_s, u"console"_s);

    const QJsonObject memory = root.value(u"memory"_s).toObject();
    d.memoryValuePattern = r.regex(r.string(memory, u"valuePattern"_s, u"memory"_s, true),
        u"memory.valuePattern"_s, r.configOptions, { u"number"_s });
    const QString unit = r.string(memory, u"defaultUnit"_s, u"memory"_s);
    if (!unit.isEmpty())
        d.memoryDefaultUnit = unit;

    const QJsonObject nics = root.value(u"nics"_s).toObject();
    d.maxNics = nics.value(u"maxCount"_s).toInt(0);
    d.defaultNicMappingMode = r.string(nics, u"defaultMappingMode"_s, u"nics"_s);
    d.nicMappingModes = r.strings(nics, u"mappingModes"_s, u"nics"_s);
    d.implicitNicLink = r.string(nics, u"implicitLink"_s, u"nics"_s);
}

void readPatterns(Reader &r, const QJsonObject &root, EmulatorProfile::Data &d)
{
    const QJsonArray detect = r.objectArray(root, u"detect"_s, false);
    for (qsizetype i = 0; i < detect.size(); ++i) {
        const QJsonObject o = detect.at(i).toObject();
        const QString where = u"detect[%1]"_s.arg(i);
        d.detect.append({ r.regex(r.string(o, u"pattern"_s, where, true), where + u".pattern"_s,
                              r.configOptions),
            o.value(u"weight"_s).toInt(1) });
    }
    const QJsonArray logs = r.objectArray(root, u"logPatterns"_s, false);
    for (qsizetype i = 0; i < logs.size(); ++i) {
        const QJsonObject o = logs.at(i).toObject();
        const QString where = u"logPatterns[%1]"_s.arg(i);
        EmulatorProfile::LogPattern pattern;
        pattern.kind = r.string(o, u"kind"_s, where, true);
        // Log lines are matched as the emulator writes them: no macros, case kept.
        pattern.regex = QRegularExpression(r.string(o, u"pattern"_s, where, true));
        if (!pattern.regex.isValid()) {
            r.fail(where + u".pattern"_s,
                Reader::tr("%1 at offset %2")
                    .arg(pattern.regex.errorString())
                    .arg(pattern.regex.patternErrorOffset()));
        }
        pattern.regex.optimize();
        pattern.confirmed = o.value(u"confirmed"_s).toBool(false);
        pattern.graceHours = o.value(u"graceHours"_s).toInt(-1);
        pattern.example = r.string(o, u"example"_s, where);
        pattern.note = r.string(o, u"note"_s, where);
        d.logPatterns.append(pattern);
    }
}

} // namespace

std::shared_ptr<EmulatorProfile::Data> ProfileJsonReader::read(
    const QByteArray &json, const QString &origin, QString *error)
{
    auto fail = [&](const QString &message) -> std::shared_ptr<EmulatorProfile::Data> {
        if (error)
            *error = origin + u": "_s + message;
        return nullptr;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(Reader::tr("not valid JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    if (!doc.isObject())
        return fail(Reader::tr("not a JSON object"));

    const QJsonObject root = doc.object();
    auto d = std::make_shared<EmulatorProfile::Data>();
    d->origin = origin;
    Reader r;
    readIdentity(r, root, *d);
    r.configOptions = d->caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                         : QRegularExpression::NoPatternOption;
    readSyntax(r, root, *d);
    readPatterns(r, root, *d);
    if (!r.error.isEmpty())
        return fail(r.error);
    return d;
}

} // namespace charon::core
