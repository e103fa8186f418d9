// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/host/nicoffload.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace charon::core {

namespace {
bool isOffloadFeature(const QString &name)
{
    return name.contains(u"offload"_s) || name.endsWith(u"-checksumming"_s)
        || name == u"scatter-gather"_s;
}
} // namespace

NicOffload::NicOffload(QObject *parent)
    : QObject(parent)
{ }

QStringList NicOffload::featuresToDisable(const QByteArray &output)
{
    QStringList features;
    for (const QString &line : QString::fromUtf8(output).split(u'\n')) {
        // Sub-features are indented; turning their parent off covers them.
        if (line.isEmpty() || line.front().isSpace())
            continue;
        const qsizetype colon = line.indexOf(u": "_s);
        if (colon <= 0)
            continue;
        const QString name = line.left(colon);
        const QString state = line.mid(colon + 2).trimmed();
        if (isOffloadFeature(name) && state == u"on"_s)
            features << name;
    }
    return features;
}

void NicOffload::run(const QString &interface, const QStringList &args,
    const std::function<void(bool, const QByteArray &, const QString &)> &then)
{
    auto *process = new QProcess(this);
    process->setProgram(m_ethtool);
    process->setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    process->setProcessEnvironment(env);
    connect(process, &QProcess::finished, this, [process, then] {
        const bool ok = process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
        const QString err = QString::fromUtf8(process->readAllStandardError()).trimmed();
        then(ok, process->readAllStandardOutput(), err);
        process->deleteLater();
    });
    connect(process, &QProcess::errorOccurred, this,
        [this, process, interface](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return;
            Q_EMIT finished(
                interface, false, tr("cannot run %1: %2").arg(m_ethtool, process->errorString()));
            process->deleteLater();
        });
    QTimer::singleShot(10000, process, [process] { process->kill(); });
    process->start();
}

void NicOffload::disable(const QString &interface)
{
    run(interface, { u"-k"_s, interface },
        [this, interface](bool ok, const QByteArray &out, const QString &err) {
            if (!ok) {
                Q_EMIT finished(
                    interface, false, tr("ethtool -k %1 failed: %2").arg(interface, err));
                return;
            }
            const QStringList features = featuresToDisable(out);
            if (features.isEmpty()) {
                Q_EMIT finished(interface, true, tr("%1: no offload feature is on").arg(interface));
                return;
            }
            QStringList args { u"-K"_s, interface };
            for (const QString &f : features)
                args << f << u"off"_s;
            run(interface, args,
                [this, interface, features](bool done, const QByteArray &, const QString &why) {
                    Q_EMIT finished(interface, done,
                        done ? tr("%1: turned off %2").arg(interface, features.join(u", "_s))
                             : tr("ethtool -K %1 failed: %2").arg(interface, why));
                });
        });
}

} // namespace charon::core
