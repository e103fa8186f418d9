// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/host/niccheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {

// Splits one `nmcli -t` line on unescaped ':' (nmcli escapes ':' and '\' in terse mode).
QStringList splitTerse(const QString &line)
{
    QStringList fields { QString() };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size())
            fields.last() += line.at(++i);
        else if (c == u':')
            fields << QString();
        else
            fields.last() += c;
    }
    return fields;
}

void collectIfupdown(const QString &path, QSet<QString> *managed, int depth)
{
    QFile file(path);
    if (depth > 8 || !file.open(QIODevice::ReadOnly))
        return;
    const QString baseDir = QFileInfo(path).absolutePath();
    const auto resolve
        = [&baseDir](const QString &p) { return QDir::isAbsolutePath(p) ? p : baseDir + u'/' + p; };
    for (const QString &raw : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QStringList w = raw.section(u'#', 0, 0).simplified().split(u' ', Qt::SkipEmptyParts);
        if (w.size() >= 4 && w.at(0) == u"iface"_s) {
            if (w.at(3) != u"manual"_s)
                managed->insert(w.at(1));
        } else if (w.size() >= 2 && w.at(0) == u"source"_s) {
            const QFileInfo pattern(resolve(w.at(1)));
            const QStringList files
                = QDir(pattern.absolutePath())
                      .entryList({ pattern.fileName() }, QDir::Files, QDir::Name);
            for (const QString &f : files)
                collectIfupdown(pattern.absolutePath() + u'/' + f, managed, depth + 1);
        } else if (w.size() >= 2 && w.at(0) == u"source-directory"_s) {
            // ifupdown reads the files whose names are only letters, digits, '_' and '-'.
            static const QRegularExpression plain(u"^[A-Za-z0-9_-]+$"_s);
            const QDir dir(resolve(w.at(1)));
            for (const QString &f : dir.entryList(QDir::Files, QDir::Name)) {
                if (plain.match(f).hasMatch())
                    collectIfupdown(dir.filePath(f), managed, depth + 1);
            }
        }
    }
}

} // namespace

NicChecker::NicChecker(QObject *parent)
    : NicChecker(Roots {}, parent)
{ }

NicChecker::NicChecker(const Roots &roots, QObject *parent)
    : QObject(parent)
    , m_roots(roots)
{ }

QSet<QString> NicChecker::parseNmcliDevices(const QByteArray &output)
{
    QSet<QString> managed;
    for (const QString &line : QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = splitTerse(line);
        if (f.size() >= 2 && !f.at(0).isEmpty() && f.at(1) != u"unmanaged"_s)
            managed.insert(f.at(0));
    }
    return managed;
}

QSet<QString> NicChecker::ifupdownManaged() const
{
    QSet<QString> managed;
    if (!m_roots.interfacesFile.isEmpty())
        collectIfupdown(m_roots.interfacesFile, &managed, 0);
    return managed;
}

QList<NicCheck> NicChecker::evaluate(const Guest &guest, const QList<Guest> &allGuests,
    const QSet<QString> &networkManagerManaged) const
{
    return evaluate(guest, allGuests, networkManagerManaged, ifupdownManaged());
}

QList<NicCheck> NicChecker::evaluate(const Guest &guest, const QList<Guest> &allGuests,
    const QSet<QString> &networkManagerManaged, const QSet<QString> &ifupdown) const
{
    QList<NicCheck> out;
    for (const NicConfig &nic : guest.config.nics) {
        if (nic.interface.isEmpty())
            continue;
        NicCheck c;
        c.nic = nic.name;
        c.interface = nic.interface;
        c.missing = !QFileInfo::exists(m_roots.sysClassNet + u'/' + nic.interface);
        c.managedByNetworkTool
            = networkManagerManaged.contains(nic.interface) || ifupdown.contains(nic.interface);
        for (const Guest &other : allGuests) {
            if (other.name == guest.name)
                continue;
            for (const NicConfig &theirs : other.config.nics) {
                if (theirs.interface == nic.interface && c.usedByGuest.isEmpty())
                    c.usedByGuest = other.name;
            }
        }
        const QNetworkInterface iface = QNetworkInterface::interfaceFromName(nic.interface);
        if (iface.isValid()) {
            for (const QNetworkAddressEntry &entry : iface.addressEntries())
                c.addresses << entry.ip().toString();
        }
        out << c;
    }
    return out;
}

void NicChecker::check(const Guest &guest, const QList<Guest> &allGuests)
{
    check(QList<Guest> { guest }, allGuests);
}

void NicChecker::check(const QList<Guest> &guests, const QList<Guest> &allGuests)
{
    const bool anyNic = std::any_of(guests.cbegin(), guests.cend(), [](const Guest &g) {
        return std::any_of(g.config.nics.cbegin(), g.config.nics.cend(),
            [](const NicConfig &n) { return !n.interface.isEmpty(); });
    });
    const auto report = [this, guests, allGuests](const QSet<QString> &managed) {
        const QSet<QString> ifupdown = ifupdownManaged();
        for (const Guest &guest : guests)
            Q_EMIT finished(guest.name, evaluate(guest, allGuests, managed, ifupdown));
    };
    if (m_roots.nmcli.isEmpty() || !anyNic) {
        // Queued, so callers see the same order of events whichever path is taken.
        QMetaObject::invokeMethod(this, [report] { report({}); }, Qt::QueuedConnection);
        return;
    }
    auto *process = new QProcess(this);
    process->setProgram(m_roots.nmcli);
    process->setArguments({ u"-t"_s, u"-f"_s, u"DEVICE,STATE"_s, u"device"_s });
    // Terse output is stable across locales only in C.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    process->setProcessEnvironment(env);
    const auto done = [process, report](bool ran) {
        const QSet<QString> managed
            = ran && process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0
            ? parseNmcliDevices(process->readAllStandardOutput())
            : QSet<QString>();
        process->deleteLater();
        report(managed);
    };
    connect(process, &QProcess::finished, this, [done] { done(true); });
    connect(process, &QProcess::errorOccurred, this, [done](QProcess::ProcessError error) {
        // nmcli not installed (or not runnable): NetworkManager is then not in the picture.
        if (error == QProcess::FailedToStart)
            done(false);
    });
    // A wedged NetworkManager must not hold the check forever: kill nmcli, report without it.
    QTimer::singleShot(5000, process, [process] { process->kill(); });
    process->start();
}

} // namespace charon::core
